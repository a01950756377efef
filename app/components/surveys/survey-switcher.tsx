// Which survey the page shows, and the form to switch to another. The choice
// is kept on the account (lib/surveys/choose-survey.ts), so every page that
// shows one survey follows it. With one survey there is nothing to choose.
import { chooseSurveyAction } from "@/app/survey-actions";
import { serverI18n } from "@/lib/web/i18n/server";
import { currentSurveyForPage, surveysForPage } from "./current";

export async function SurveySwitcher() {
  const [{ t, locale }, surveys, current] = await Promise.all([serverI18n(), surveysForPage(), currentSurveyForPage()]);
  if (!current) return null;
  const title = (s: { title: string; titleKo: string | null }) => (locale === "ko" && s.titleKo ? s.titleKo : s.title);
  if (surveys.length < 2)
    return (
      <p className="meta survey-current" data-testid="current-survey">
        {t("surveys.showing", { title: title(current) })}
      </p>
    );
  return (
    <form action={chooseSurveyAction} className="inline survey-switch" aria-label={t("surveys.switchLabel")}>
      <div className="field">
        <label htmlFor="survey-switch">{t("surveys.survey")}</label>
        <select id="survey-switch" name="survey" defaultValue={current.slug} data-testid="current-survey">
          {surveys.map((s) => (
            <option key={s.slug} value={s.slug}>
              {title(s)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit">{t("surveys.switch")}</button>
    </form>
  );
}
