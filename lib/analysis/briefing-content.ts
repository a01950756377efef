// The briefing in the reader's words, as plain structured text: the page
// renders it as HTML and the PDF draws the very same lines, so the two
// cannot say different things.
import type { Formatters } from "../i18n/format";
import type { Locale } from "../i18n/locales";
import type { Translate } from "../i18n/translate-message";
import { translateMessage } from "../i18n/translate-message";
import { answerLabelIn, statementIn } from "../expectations/localize";
import { dateOf, formatGrade } from "../judgement/rule";
import { MIN_QUESTIONS } from "../judgement/score-panel";
import type { BriefingData } from "./briefing";
import { fragilitySentence, warningSentences } from "./sensitivity-words";

export type BriefingItem = {
  id: string;
  theme: string;
  statement: string;
  status: string;
  statusCode: string;
  /** "Confirmed since 10 Jun 2025" */
  statusLine: string;
  reason: string | null;
  evidence: string[];
  warnings: string[];
};
export type BriefingContent = {
  lang: Locale;
  title: string;
  subtitle: string;
  items: BriefingItem[];
  changesTitle: string;
  changes: string[];
  scorecardTitle: string;
  scorecard: string[];
  footer: string;
};

const HEAVIEST = 2;
// One sheet: the newest changes, then how many more there were.
const CHANGES = 12;

export function briefingContent(data: BriefingData, t: Translate, f: Formatters, locale: Locale): BriefingContent {
  const k = (key: string, v?: Record<string, string | number>) => t(`instruments.briefing.${key}`, v);
  const names = new Map(data.expectations.map((e) => [e.id, statementIn(locale, e)]));
  const items = data.expectations.map((e): BriefingItem => {
    const s = e.sensitivity;
    const title = (id: string) => s.developments.get(id)?.title ?? id;
    const decisive = s.contributions.filter((c) => c.decisive !== "NONE");
    const heaviest = s.contributions.filter((c) => c.decisive === "NONE").slice(0, HEAVIEST);
    const evidence = [...decisive, ...heaviest].map((c) =>
      k(c.decisive !== "NONE" ? "decisiveLine" : "heavyLine", {
        title: title(c.developmentId),
        date: f.date(dateOf(c.day)),
        grade: c.grade ? formatGrade(c.grade) : t("common.none"),
        weight: f.number(c.weight),
      }),
    );
    const warnings = [...warningSentences(t, s), ...(!s.robust ? [fragilitySentence(t, s)] : [])];
    const label = answerLabelIn(locale, e);
    return {
      id: e.id,
      theme: t(`themes.${e.theme}`),
      statement: label ? `${statementIn(locale, e)} (${label})` : statementIn(locale, e),
      status: t(`status.${e.status}`),
      statusCode: e.status,
      statusLine: e.validFrom
        ? k("statusSince", { status: t(`status.${e.status}`), date: f.date(e.validFrom), net: f.number(e.netScore) })
        : k("statusNoChange", { status: t(`status.${e.status}`), net: f.number(e.netScore) }),
      reason: e.reason ? translateMessage(t, e.reason) : null,
      evidence,
      warnings,
    };
  });
  const changes = [...data.changes]
    .reverse()
    .map((h) =>
      k("changeLine", { date: f.date(h.validFrom), statement: names.get(h.expectationId) ?? "", from: t(`status.${h.from}`), to: t(`status.${h.to}`) }),
    );
  const brier = (v: number | null) => (v === null ? t("dashboard.notYet") : v.toFixed(3));
  const { overall } = data.score;
  const scorecard = [
    k("scoreOverall", { n: overall.n, brier: brier(overall.brier), uniform: brier(overall.uniform) }),
    ...(overall.n < MIN_QUESTIONS ? [k("scoreTooFew", { min: MIN_QUESTIONS })] : []),
    ...data.score.byTheme.map((row) => k("scoreTheme", { theme: t(`themes.${row.theme}`), n: row.n, brier: brier(row.brier) })),
    t("dashboard.questionCounts", { n: overall.n, open: data.score.open, void: data.score.void, unscored: data.score.unscored }),
  ];
  return {
    lang: locale,
    title: k("title", { date: f.date(dateOf(data.day)) }),
    subtitle: k("subtitle", { since: f.date(dateOf(data.since)) }),
    items,
    changesTitle: k("changesTitle", { since: f.date(dateOf(data.since)) }),
    changes:
      changes.length === 0
        ? [k("noChanges")]
        : changes.length > CHANGES
          ? [...changes.slice(0, CHANGES), k("moreChanges", { n: changes.length - CHANGES })]
          : changes,
    scorecardTitle: k("scorecardTitle"),
    scorecard,
    footer: k("footer"),
  };
}
