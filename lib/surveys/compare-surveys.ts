// Two surveys side by side (issue 17): each one's scorecard and status counts
// as judged on a day, and their expectations on the same themes next to each
// other. Themes are the product's shared set (docs/decisions/0090), which is
// what makes the expectations of two surveys comparable theme by theme.
import type { Db } from "../db-client";
import { requireAbility, type Actor } from "../auth/actor";
import { dashboardState } from "../dashboard/dashboard-state";
import { themeOrder } from "../expectations/themes";
import type { AsOfView } from "../judgement/judged-as-of";
import { surveySummarySelect } from "./list-surveys";

async function sideOf(db: Db, actor: Actor | null, slug: string, view: AsOfView) {
  const survey = await db.survey.findUnique({ where: { slug }, select: surveySummarySelect });
  if (!survey) return null;
  const state = await dashboardState(db, actor, view, { surveyId: survey.id });
  return { survey, score: state.score, counts: state.counts, expectations: state.expectations };
}

export type ComparisonSide = NonNullable<Awaited<ReturnType<typeof sideOf>>>;

export async function compareSurveys(db: Db, actor: Actor | null, o: { a: string; b: string; view: AsOfView }) {
  requireAbility(actor, "read");
  const [a, b] = await Promise.all([sideOf(db, actor, o.a, o.view), sideOf(db, actor, o.b, o.view)]);
  if (!a || !b) return null;
  const themes = [...new Set([...a.expectations, ...b.expectations].map((e) => e.theme))].sort((x, y) => themeOrder(x) - themeOrder(y));
  const pick = (side: ComparisonSide, theme: string) =>
    side.expectations
      .filter((e) => e.theme === theme)
      .map(({ id, key, statement, statementKo, answerLabel, answerLabelKo, panelShare, status }) => ({
        id,
        key,
        statement,
        statementKo,
        answerLabel,
        answerLabelKo,
        panelShare,
        status,
      }));
  return {
    a: { survey: a.survey, score: a.score, counts: a.counts },
    b: { survey: b.survey, score: b.score, counts: b.counts },
    themes: themes.map((theme) => ({ theme, a: pick(a, theme), b: pick(b, theme) })),
  };
}

export type Comparison = NonNullable<Awaited<ReturnType<typeof compareSurveys>>>;
