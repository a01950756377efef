import { useTranslations } from "next-intl";
import { DECISIVE_MARKS } from "@/lib/judgement/rule/stances";

/** Whether a link meets the expectation's written criterion (docs/decisions/0040). */
export function DecisiveSelect({ id, name = "decisive", defaultValue, errors }: { id: string; name?: string; defaultValue?: string; errors?: string[] }) {
  const t = useTranslations();
  return (
    <div className="field">
      <label htmlFor={id}>{t("evidence.decisive")}</label>
      <select id={id} name={name} defaultValue={defaultValue ?? "NONE"} aria-invalid={errors?.length ? true : undefined} aria-describedby={`${id}-hint`}>
        {DECISIVE_MARKS.map((m) => (
          <option key={m} value={m}>
            {t(`evidence.decisiveMark.${m}`)}
          </option>
        ))}
      </select>
      <span id={`${id}-hint`} className="hint">
        {t("evidence.decisiveHint")}
      </span>
      {errors?.length ? <span className="error">{errors.join(" ")}</span> : null}
    </div>
  );
}
