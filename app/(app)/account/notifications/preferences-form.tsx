"use client";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/app/components/form-message";
import { SubmitButton } from "@/app/components/submit-button";
import { useKeptForm } from "@/app/components/use-kept-form";
import { savePreferencesAction } from "../actions";

// The choices come from the page: importing the schema module here would put zod in
// the browser bundle, whose start-up probe for eval is a CSP violation.
export function PreferencesForm({ choices, digest, inApp }: { choices: readonly string[]; digest: string; inApp: boolean }) {
  const t = useTranslations();
  const { state, pending, formProps } = useKeptForm(savePreferencesAction);
  return (
    <form {...formProps} className="stack" aria-label={t("account.notificationsTitle")}>
      <FormMessage state={state} />
      <fieldset className="choices">
        <legend>{t("account.digestLabel")}</legend>
        {choices.map((value) => (
          <label key={value} className="choice">
            <input type="radio" name="digestFrequency" value={value} defaultChecked={value === digest} /> {t(`account.digest${value}`)}
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
