// Everything a team would need to leave (issue 15; docs/decisions/0074): the
// baseline (surveys, expectations and their reasons in both languages,
// signposts, coverage marks), reality (actors and their names, tags,
// developments with their revisions, sources, evidence links), judgement
// (status history with superseded rows, judgement revisions, daily
// snapshots), the people (names, emails, roles: no credentials) and the
// audit log, as one JSON object of arrays.
//
// Streamed: each table is walked by keyset on its id, `batchSize` rows at a
// time, each batch written out and let go before the next is read, so memory
// stays flat however large the record. Like the developments export
// (./developments-export.ts), the walk is not one snapshot: a row written
// while a long download runs may or may not be in it. Columns are as stored:
// times in ISO 8601 UTC, JSON columns as their JSON text.
import type { Db } from "../db-client";
import { requireAbility, type Actor } from "../auth/actor";
import { streamOf } from "./developments-export";

export const EVERYTHING_FORMAT = "peninsula-outlook-tracker/everything";
export const EVERYTHING_VERSION = 1;
export const DEFAULT_EVERYTHING_BATCH = 500;

type Page = (after: string | undefined, take: number) => Promise<{ id: string }[]>;

const byId = (after: string | undefined) => ({ where: after ? { id: { gt: after } } : {}, orderBy: { id: "asc" as const } });

/** The tables in the file, in the order a re-import would want them (what is referred to comes first). */
export function everythingTables(db: Db): [string, Page][] {
  return [
    [
      "people",
      (after, take) =>
        db.user.findMany({ ...byId(after), take, select: { id: true, name: true, email: true, role: true, banned: true, locale: true, createdAt: true } }),
    ],
    ["surveys", (after, take) => db.survey.findMany({ ...byId(after), take })],
    ["coverageMarks", (after, take) => db.coverageMark.findMany({ ...byId(after), take })],
    ["expectations", (after, take) => db.expectation.findMany({ ...byId(after), take })],
    ["expectationReasons", (after, take) => db.expectationReason.findMany({ ...byId(after), take })],
    ["signposts", (after, take) => db.signpost.findMany({ ...byId(after), take })],
    ["actors", (after, take) => db.actor.findMany({ ...byId(after), take })],
    ["actorNames", (after, take) => db.actorName.findMany({ ...byId(after), take })],
    ["tags", (after, take) => db.tag.findMany({ ...byId(after), take })],
    [
      "developments",
      async (after, take) =>
        (
          await db.development.findMany({
            ...byId(after),
            take,
            include: { actors: { select: { actorId: true } }, tags: { select: { tagId: true } } },
          })
        ).map(({ actors, tags, ...d }) => ({ ...d, actorIds: actors.map((a) => a.actorId).sort(), tagIds: tags.map((t) => t.tagId).sort() })),
    ],
    ["developmentRevisions", (after, take) => db.developmentRevision.findMany({ ...byId(after), take })],
    ["sources", (after, take) => db.source.findMany({ ...byId(after), take })],
    ["evidenceLinks", (after, take) => db.evidenceLink.findMany({ ...byId(after), take })],
    ["statusChanges", (after, take) => db.statusChange.findMany({ ...byId(after), take })],
    ["judgementRevisions", (after, take) => db.judgementRevision.findMany({ ...byId(after), take })],
    ["scoreSnapshots", (after, take) => db.scoreSnapshot.findMany({ ...byId(after), take })],
    ["auditLog", (after, take) => db.auditLog.findMany({ ...byId(after), take })],
  ];
}

async function* chunks(db: Db, now: Date, batchSize: number): AsyncGenerator<string, void, undefined> {
  yield `{"format":${JSON.stringify(EVERYTHING_FORMAT)},"version":${EVERYTHING_VERSION},"exportedAt":${JSON.stringify(now.toISOString())}`;
  for (const [name, page] of everythingTables(db)) {
    yield `,\n${JSON.stringify(name)}:[`;
    let after: string | undefined;
    let first = true;
    for (;;) {
      const rows = await page(after, batchSize);
      if (rows.length === 0) break;
      yield rows.map((r, i) => (first && i === 0 ? "\n" : ",\n") + JSON.stringify(r)).join("");
      first = false;
      if (rows.length < batchSize) break;
      after = rows.at(-1)!.id;
    }
    yield "\n]";
  }
  yield "\n}\n";
}

/** The whole record as a JSON byte stream; refuses (rejects) before streaming unless the actor manages accounts. */
export async function everythingJsonStream(db: Db, actor: Actor | null, now: Date, batchSize = DEFAULT_EVERYTHING_BATCH): Promise<ReadableStream<Uint8Array>> {
  // The file holds everyone's name and email and the audit log: what an account manager sees.
  requireAbility(actor, "manage:users");
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError("batchSize must be a positive integer");
  return streamOf(chunks(db, now, batchSize));
}
