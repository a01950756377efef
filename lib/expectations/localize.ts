// An expectation's texts in the reader's language (Korean where written,
// English otherwise). The seed holds both for the survey baseline.
import { localized, type Locale } from "../i18n/locales";

export function statementIn(locale: Locale, e: { statement: string; statementKo?: string | null }): string {
  return localized(locale, e.statement, e.statementKo);
}

export function answerLabelIn(locale: Locale, e: { answerLabel?: string | null; answerLabelKo?: string | null }): string | null {
  return e.answerLabel ? localized(locale, e.answerLabel, e.answerLabelKo) : null;
}
