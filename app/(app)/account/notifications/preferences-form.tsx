"use client";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/app/components/form-message";
import { SubmitButton } from "@/app/components/submit-button";
import { useKeptForm } from "@/app/components/use-kept-form";
import { DIGEST_FREQUENCIES } from "@/lib/follows/schemas";
import { savePreferencesAction } from "../actions";

export function PreferencesForm({ digest, inApp }: { digest: string; inApp: boolean }) {
  const t = useTranslations();
  const { state, pending, formProps } = useKeptForm(savePreferencesAction);
  return (
    <form {...formProps} className="stack" aria-label={t("account.notificationsTitle")}>
      <FormMessage state={state} />
      <fieldset className="choices">
        <legend>{t("account.digest")}</legend>
        {DIGEST_FREQUENCIES.map((value) => (
          <label key={value} className="choice">
            <input type="radio" name="digest" value={value} defaultChecked={value === digest} /> {t(`account.digest${value}`)}
          </label>
        ))}
        <p className="meta">{t("account.digestHint")}</p>
      </fieldset>
      <label className="choice">
        <input type="checkbox" name="inApp" value="1" defaultChecked={inApp} /> {t("account.inApp")}
      </label>
      <SubmitButton pending={pending} pendingLabel={t("account.save")}>
        {t("account.save")}
      </SubmitButton>
    </form>
  );
}
