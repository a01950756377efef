import { useTranslations } from "next-intl";
import { STANCE_KEYS } from "@/lib/evidence/stances";

export function StanceSelect({ id, defaultValue, errors }: { id: string; defaultValue?: string; errors?: string[] }) {
  const t = useTranslations();
  return (
    <div className="field">
      <label htmlFor={id}>{t("evidence.stance")}</label>
      <select id={id} name="stance" defaultValue={defaultValue ?? ""} aria-invalid={errors?.length ? true : undefined}>
        <option value="">{t("evidence.chooseStance")}</option>
        {STANCE_KEYS.map((s) => (
          <option key={s} value={s}>
            {t(`stances.${s}`)}
          </option>
        ))}
      </select>
      {errors?.length ? <span className="error">{errors.join(" ")}</span> : null}
    </div>
  );
}
