// A sensitivity put into the reader's words, once, for the expectation page
// and the briefing (screen and PDF) alike.
import { dateOf } from "../judgement/rule";
import type { Formatters } from "../i18n/format";
import type { Translate } from "../i18n/translate-message";
import type { SensitivityView } from "./expectation-sensitivity";

const k = (key: string) => `instruments.sensitivity.${key}`;

/** The sentences of "what it would take", both directions (none when evidence cannot move it). */
export function takeSentences(t: Translate, f: Formatters, s: SensitivityView): string[] {
  if (s.settled) return [t(k(`settled.${s.settled}`))];
  const { confirm, contradict } = s.take;
  const thresholds = { net: f.number(s.net), confirm: f.number(s.confirmThreshold), contradict: f.number(s.contradictThreshold) };
  const deadline = s.deadline === null ? t(k("noDeadline")) : f.date(dateOf(s.deadline));
  const out: string[] = [];
  out.push(
    confirm.need === 0
      ? t(k("confirmReached"), thresholds)
      : t(k("confirmNeed"), { ...thresholds, need: f.number(confirm.need), a1: confirm.strongA1, b2: confirm.plainB2 }),
  );
  out.push(t(k(`confirmEffect.${s.kind}`), { grade: s.minDecisiveGrade, deadline }));
  out.push(
    contradict.need === 0
      ? t(k("contradictReached"), thresholds)
      : t(k("contradictNeed"), { ...thresholds, need: f.number(contradict.need), a1: contradict.strongA1, b2: contradict.plainB2 }),
  );
  out.push(t(k(`contradictEffect.${s.kind}`), { grade: s.minDecisiveGrade }));
  return out;
}

/** Warnings a reader must not miss: a status resting on one outlet, or on sources below C3. */
export function warningSentences(t: Translate, s: SensitivityView): string[] {
  const out: string[] = [];
  if (s.warnings.oneOutlet) out.push(t(k("warningOneOutlet"), { outlet: s.warnings.oneOutlet }));
  if (s.warnings.belowC3) out.push(t(k("warningBelowC3")));
  return out;
}

/** One line on fragility: the developments that flip it, or that it is robust. */
export function fragilitySentence(t: Translate, s: SensitivityView): string {
  if (s.settled === "override") return t(k("settled.override"));
  if (!s.robust) {
    const names = s.flips.map(
      (x) => `${s.developments.get(x.developmentIds[0]!)?.title ?? x.developmentIds[0]} (${t(k("flip"), { status: t(`status.${x.becomes}`) })})`,
    );
    return `${t(k("fragile"))} ${names.join("; ")}`;
  }
  return t(k("robust"));
}
