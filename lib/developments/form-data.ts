// What the development form needs from the database: the expectations one can
// link, known actors and tags, and (when editing) the development as values.
import type { Db } from "../db-client";
import { requireAbility, type Actor } from "../auth/actor";
import { listExpectationsByTheme } from "../expectations/list-expectations";
import { answerLabelIn, statementIn } from "../expectations/localize";
import type { Locale } from "../i18n/locales";
import { getDevelopment } from "./get-development";
import { listKnownNames } from "./names";

/** Expectations as options: the statement in the reader's language, the theme as its key. */
/** Every survey's expectations (the development form links to any), or one survey's (the dashboard's timeline filter). */
export async function listExpectationOptions(db: Db, actor: Actor | null, locale: Locale, scope: { surveyId?: string } = {}) {
  const groups = await listExpectationsByTheme(db, actor, scope);
  return groups.flatMap((g) =>
    g.expectations.map((e) => {
      const answer = answerLabelIn(locale, e);
      return { id: e.id, statement: answer ? `${statementIn(locale, e)} — ${answer}` : statementIn(locale, e), theme: g.theme };
    }),
  );
}

export async function loadDevelopmentFormOptions(db: Db, actor: Actor | null, locale: Locale) {
  requireAbility(actor, "write:evidence");
  const [expectations, known] = await Promise.all([listExpectationOptions(db, actor, locale), listKnownNames(db)]);
  return { expectations, known };
}

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");

export async function loadDevelopmentForEdit(db: Db, actor: Actor | null, id: string) {
  requireAbility(actor, "write:evidence");
  const d = await getDevelopment(db, actor, id);
  return {
    id: d.id,
    version: d.version,
    deleted: d.deletedAt !== null,
    values: {
      occurredOn: day(d.occurredOn),
      datePrecision: d.datePrecision,
      title: d.title,
      summary: d.summary,
      eventType: d.eventType,
      actors: d.actors,
      tags: d.tags,
      sources: d.sources.map((s) => ({
        id: s.id,
        url: s.url ?? "",
        citation: s.citation ?? "",
        publisher: s.publisher,
        publishedOn: day(s.publishedOn),
        reliability: s.reliability,
        credibility: String(s.credibility),
      })),
      links: [],
    },
  };
}
