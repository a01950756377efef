import { useTranslations } from "next-intl";
import { CREDIBILITY_VALUES, RELIABILITY_KEYS } from "@/lib/developments/admiralty";

/** The Admiralty code explained where analysts grade, for those who do not know it. */
export function AdmiraltyHelp() {
  const t = useTranslations();
  return (
    <details className="help">
      <summary>{t("admiralty.summary")}</summary>
      <p>{t("admiralty.intro")}</p>
      <div className="two-col">
        <dl>
          {RELIABILITY_KEYS.map((k) => (
            <div key={k}>
              <dt>
                {k}: {t(`admiralty.reliability.${k}.label`)}
              </dt>
              <dd>{t(`admiralty.reliability.${k}.hint`)}</dd>
            </div>
          ))}
        </dl>
        <dl>
          {CREDIBILITY_VALUES.map((v) => (
            <div key={v}>
              <dt>
                {v}: {t(`admiralty.credibility.${v}.label`)}
              </dt>
              <dd>{t(`admiralty.credibility.${v}.hint`)}</dd>
            </div>
          ))}
        </dl>
      </div>
    </details>
  );
}
