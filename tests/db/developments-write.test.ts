// Logging, editing, deleting developments and linking them to expectations:
// each write checks the role, validates, and writes everything or nothing.
// Run on SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedBaseline } from "../../lib/baseline/seed-baseline";
import type { Db } from "../../lib/db-client";
import { deleteDevelopment, restoreDevelopment } from "../../lib/developments/delete-development";
import { getDevelopment } from "../../lib/developments/get-development";
import { listDevelopments } from "../../lib/developments/list-developments";
import { logDevelopment } from "../../lib/developments/log-development";
import { updateDevelopment } from "../../lib/developments/update-development";
import { AppError } from "../../lib/errors";
import { addEvidenceLink, removeEvidenceLink, updateEvidenceLink } from "../../lib/evidence/link-evidence";
import { ifes2025Baseline } from "../../prisma/baseline/ifes-2025";
import { createTestActors, type TestActors } from "../support/actors";
import { DATABASE_KINDS, type TestDatabase } from "../support/test-databases";

const now = new Date("2025-07-01T12:00:00Z");

const yonhap = { url: "https://en.yna.co.kr/view/AEN20250630", publisher: "Yonhap", publishedOn: "2025-06-30", reliability: "B", credibility: 2 };
const kcna = { citation: "KCNA statement, 30 June 2025", publisher: "KCNA", reliability: "C", credibility: 3 };

type Payload = Record<string, unknown> & { sources: Record<string, unknown>[] };

/** A valid submission: "US and DPRK officials meet", two graded sources, one link. */
function meeting(talksResumeId: string, overrides: Partial<Payload> = {}): Payload {
  return {
    occurredOn: "2025-06-30",
    datePrecision: "DAY",
    title: "US and DPRK officials meet",
    summary: "Working-level officials met at Panmunjom for the first time since 2019.",
    eventType: "TALKS_MEETINGS",
    actors: ["United States", "North Korea"],
    tags: ["talks", "panmunjom"],
    sources: [{ ...yonhap }, { ...kcna }],
    links: [{ expectationId: talksResumeId, stance: "SUPPORTS", rationale: "Officials met face to face." }],
    ...overrides,
  };
}

async function rowCounts(db: Db) {
  const [developments, sources, links, revisions, audit, actors, tags, developmentActors, developmentTags] = await Promise.all([
    db.development.count(),
    db.source.count(),
    db.evidenceLink.count(),
    db.developmentRevision.count(),
    db.auditLog.count(),
    db.actor.count(),
    db.tag.count(),
    db.developmentActor.count(),
    db.developmentTag.count(),
  ]);
  return { developments, sources, links, revisions, audit, actors, tags, developmentActors, developmentTags };
}

/** The AppError a promise rejects with (fails the test if it resolves). */
async function failure(attempt: Promise<unknown>): Promise<AppError> {
  const error = await attempt.then(
    () => new Error("expected a rejection"),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe.each(DATABASE_KINDS)("developments on $kind", ({ create }) => {
  let t: TestDatabase;
  let actors: TestActors;
  let talksResume: string;
  let usReachesOut: string;

  beforeAll(async () => {
    t = await create();
    await seedBaseline(t.db, ifes2025Baseline);
    actors = await createTestActors(t.db);
    const ids = async (key: string) => (await t.db.expectation.findFirstOrThrow({ where: { key } })).id;
    talksResume = await ids("talks-resume");
    usReachesOut = await ids("us-reaches-out");
  });
  afterAll(async () => t?.drop());

  it("logs a development with its sources, link, first revision and audit row", async () => {
    const before = await rowCounts(t.db);
    const { id } = await logDevelopment(t.db, actors.analyst, meeting(talksResume), now);
    const after = await rowCounts(t.db);
    expect(after).toMatchObject({
      developments: before.developments + 1,
      sources: before.sources + 2,
      links: before.links + 1,
      revisions: before.revisions + 1,
      audit: before.audit + 1,
    });
    const revision = await t.db.developmentRevision.findFirstOrThrow({ where: { developmentId: id } });
    expect(revision.version).toBe(1);
    const audit = await t.db.auditLog.findFirstOrThrow({ where: { entityId: id } });
    expect([audit.action, audit.userId]).toEqual(["development.create", actors.analyst.userId]);

    const shown = await getDevelopment(t.db, actors.viewer, id);
    expect(shown).toMatchObject({ title: "US and DPRK officials meet", eventType: "TALKS_MEETINGS", version: 1, deletedAt: null });
    expect(shown.occurredOn.toISOString()).toBe("2025-06-30T00:00:00.000Z");
    expect(shown.actors.sort()).toEqual(["North Korea", "United States"]);
    expect(shown.tags.sort()).toEqual(["panmunjom", "talks"]);
    expect(shown.sources.map((s) => `${s.publisher} ${s.reliability}${s.credibility}`).sort()).toEqual(["KCNA C3", "Yonhap B2"]);
    expect(shown.evidenceLinks.map((l) => [l.expectation.id, l.stance])).toEqual([[talksResume, "SUPPORTS"]]);
    expect(shown.history).toHaveLength(1);
    expect(shown.history[0]).toMatchObject({ version: 1, editor: "Ana Analyst", changed: ["created"] });
  });

  const source0 =
    (patch: Record<string, unknown>) =>
    (p: Payload): Payload => ({ ...p, sources: [{ ...p.sources[0], ...patch }, ...p.sources.slice(1)] });
  const without =
    (key: string) =>
    (p: Payload): Payload =>
      Object.fromEntries(Object.entries(p).filter(([k]) => k !== key)) as Payload;
  const malformed: [string, (p: Payload) => Payload, string][] = [
    ["a missing title", without("title"), "title"],
    ["a blank title", (p) => ({ ...p, title: "   " }), "title"],
    ["an ftp:// address", source0({ url: "ftp://x" }), "sources.0.url"],
    ["an address that is not one", source0({ url: "not a url" }), "sources.0.url"],
    ["a date in the future", (p) => ({ ...p, occurredOn: "2025-07-02" }), "occurredOn"],
    ["a source without reliability", source0({ reliability: undefined }), "sources.0.reliability"],
    ["a source without credibility", source0({ credibility: undefined }), "sources.0.credibility"],
    [
      "an unknown expectation",
      (p) => ({ ...p, links: [{ expectationId: "no-such-expectation", stance: "SUPPORTS", rationale: "r" }] }),
      "links.0.expectationId",
    ],
    ["a 201-character title", (p) => ({ ...p, title: "t".repeat(201) }), "title"],
    ["a 5001-character summary", (p) => ({ ...p, summary: "s".repeat(5001) }), "summary"],
    ["no sources at all", (p) => ({ ...p, sources: [] }), "sources"],
  ];

  it.each(malformed)("rejects %s, naming the field, and writes nothing", async (_label, spoil, field) => {
    const before = await rowCounts(t.db);
    const error = await failure(
      logDevelopment(t.db, actors.analyst, spoil(meeting(talksResume, { actors: ["Brand-new actor"], tags: ["brand-new tag"] })), now),
    );
    expect(error.code).toBe("VALIDATION");
    expect(Object.keys(error.fieldErrors ?? {})).toEqual([field]);
    expect(await rowCounts(t.db)).toEqual(before);
  });

  it("writes nothing when the second of two links names an unknown expectation", async () => {
    const before = await rowCounts(t.db);
    const links = [
      { expectationId: talksResume, stance: "SUPPORTS", rationale: "Valid link." },
      { expectationId: "cm000000000000000000nope", stance: "CONTRADICTS", rationale: "Unknown expectation." },
    ];
    const payload = meeting(talksResume, { links, actors: ["A new envoy"], tags: ["a new tag"] });
    const error = await failure(logDevelopment(t.db, actors.analyst, payload, now));
    expect(error.code).toBe("VALIDATION");
    expect(Object.keys(error.fieldErrors ?? {})).toEqual(["links.1.expectationId"]);
    expect(await rowCounts(t.db)).toEqual(before);
  });

  it("rolls back actors, tags and the development when the last write of the transaction fails", async () => {
    // The audit row is written last: make it fail after everything else was written.
    const failing = t.db.$extends({
      query: {
        auditLog: {
          create: async () => {
            throw new Error("audit write failed");
          },
        },
      },
    }) as unknown as Db;
    const before = await rowCounts(t.db);
    await expect(logDevelopment(failing, actors.analyst, meeting(talksResume, { actors: ["Envoy X"], tags: ["tag x"] }), now)).rejects.toThrow(
      "audit write failed",
    );
    expect(await rowCounts(t.db)).toEqual(before);
    expect(await t.db.actor.count({ where: { name: "Envoy X" } })).toBe(0);
  });

  it("saves an edit as a new version, soft-deletes a dropped source, and refuses a stale edit", async () => {
    const { id } = await logDevelopment(t.db, actors.analyst, meeting(talksResume, { title: "To be edited" }), now);
    const yonhapRow = await t.db.source.findFirstOrThrow({ where: { developmentId: id, publisher: "Yonhap" } });
    const kcnaRow = await t.db.source.findFirstOrThrow({ where: { developmentId: id, publisher: "KCNA" } });

    const edit = { ...meeting(talksResume), title: "US and DPRK officials meet again", sources: [{ ...yonhap, id: yonhapRow.id }], expectedVersion: 1 };
    expect(await updateDevelopment(t.db, actors.analyst, id, edit, now)).toEqual({ version: 2 });

    expect(await t.db.developmentRevision.count({ where: { developmentId: id } })).toBe(2);
    expect((await t.db.source.findUniqueOrThrow({ where: { id: kcnaRow.id } })).deletedAt?.toISOString()).toBe(now.toISOString());
    expect((await t.db.source.findUniqueOrThrow({ where: { id: yonhapRow.id } })).deletedAt).toBeNull();
    const shown = await getDevelopment(t.db, actors.analyst, id);
    expect([shown.title, shown.version]).toEqual(["US and DPRK officials meet again", 2]);
    expect(shown.sources.map((s) => s.id)).toEqual([yonhapRow.id]);
    expect(shown.history.map((h) => h.version)).toEqual([2, 1]);
    expect(shown.history[0]!.changed).toEqual(expect.arrayContaining(["title", "sources"]));
    expect(await t.db.auditLog.count({ where: { entityId: id, action: "development.update" } })).toBe(1);

    const before = await rowCounts(t.db);
    const stale = { ...edit, title: "A stale title", actors: ["Stale actor"], expectedVersion: 1 };
    expect((await failure(updateDevelopment(t.db, actors.admin, id, stale, now))).code).toBe("CONFLICT");
    expect(await rowCounts(t.db)).toEqual(before);
    const row = await t.db.development.findUniqueOrThrow({ where: { id } });
    expect([row.title, row.version]).toEqual(["US and DPRK officials meet again", 2]);
  });

  it.each([
    ["no session", null, "UNAUTHENTICATED"],
    ["a viewer", "viewer", "FORBIDDEN"],
  ] as const)("refuses every write from %s and writes nothing", async (_label, role, code) => {
    const { id } = await logDevelopment(t.db, actors.analyst, meeting(talksResume, { title: `Protected (${role})` }), now);
    const link = await t.db.evidenceLink.findFirstOrThrow({ where: { developmentId: id } });
    const who = role ? actors[role] : null;
    const before = { counts: await rowCounts(t.db), row: await t.db.development.findUniqueOrThrow({ where: { id } }) };
    const attempts: (() => Promise<unknown>)[] = [
      () => logDevelopment(t.db, who, meeting(talksResume), now),
      () => updateDevelopment(t.db, who, id, { ...meeting(talksResume), title: "Changed", expectedVersion: 1 }, now),
      () => deleteDevelopment(t.db, who, id, now),
      () => restoreDevelopment(t.db, who, id, now),
      () => addEvidenceLink(t.db, who, { developmentId: id, expectationId: usReachesOut, stance: "SUPPORTS", rationale: "r" }),
      () => updateEvidenceLink(t.db, who, link.id, { stance: "NEUTRAL", rationale: "r", expectedVersion: 1 }),
      () => removeEvidenceLink(t.db, who, link.id, now),
    ];
    for (const attempt of attempts) expect((await failure(attempt())).code).toBe(code);
    expect({ counts: await rowCounts(t.db), row: await t.db.development.findUniqueOrThrow({ where: { id } }) }).toEqual(before);
    expect(await t.db.evidenceLink.findUniqueOrThrow({ where: { id: link.id } })).toEqual(link);
  });

  it("hides a deleted development from analysts, shows it to admins, and lets only admins restore it", async () => {
    const title = "Soft-deleted summit rumour";
    const { id } = await logDevelopment(t.db, actors.analyst, meeting(talksResume, { title }), now);
    const listed = async (who: keyof TestActors, deleted?: "include" | "only") =>
      (await listDevelopments(t.db, actors[who], { q: "summit rumour", deleted })).items.map((i) => [i.id, i.deleted]);

    await deleteDevelopment(t.db, actors.analyst, id, now);
    const row = await t.db.development.findUniqueOrThrow({ where: { id } });
    expect([row.deletedAt?.toISOString(), row.deletedById]).toEqual([now.toISOString(), actors.analyst.userId]);
    expect(await listed("analyst")).toEqual([]);
    expect(await listed("analyst", "include")).toEqual([]); // the filter is an admin's only
    expect((await failure(getDevelopment(t.db, actors.analyst, id))).code).toBe("NOT_FOUND");
    expect(await listed("admin")).toEqual([]);
    expect(await listed("admin", "include")).toEqual([[id, true]]);
    expect(await listed("admin", "only")).toEqual([[id, true]]);
    expect((await failure(deleteDevelopment(t.db, actors.analyst, id, now))).code).toBe("CONFLICT");

    expect((await failure(restoreDevelopment(t.db, actors.analyst, id, now))).code).toBe("FORBIDDEN");
    expect((await t.db.development.findUniqueOrThrow({ where: { id } })).deletedAt).not.toBeNull();
    await restoreDevelopment(t.db, actors.admin, id, now);
    expect(await listed("analyst")).toEqual([[id, false]]);
    const audit = await t.db.auditLog.findMany({ where: { entityId: id }, orderBy: [{ at: "asc" }, { id: "asc" }], select: { action: true } });
    expect(audit.map((a) => a.action)).toEqual(["development.create", "development.delete", "development.restore"]);
  });

  it("adds, changes, removes and revives links, refusing stale changes and active duplicates", async () => {
    const { id } = await logDevelopment(t.db, actors.analyst, meeting(talksResume, { title: "Linked from both sides" }), now);
    const pair = { developmentId: id, expectationId: usReachesOut };
    const { id: linkId } = await addEvidenceLink(t.db, actors.analyst, { ...pair, stance: "STRONGLY_SUPPORTS", rationale: "The US reached out first." });
    expect((await getDevelopment(t.db, actors.viewer, id)).evidenceLinks.map((l) => l.expectation.id).sort()).toEqual([talksResume, usReachesOut].sort());

    expect(await updateEvidenceLink(t.db, actors.analyst, linkId, { stance: "NEUTRAL", rationale: "On reflection, ambiguous.", expectedVersion: 1 })).toEqual({
      version: 2,
    });
    const stale = updateEvidenceLink(t.db, actors.admin, linkId, { stance: "CONTRADICTS", rationale: "Stale.", expectedVersion: 1 });
    expect((await failure(stale)).code).toBe("CONFLICT");
    expect(await t.db.evidenceLink.findUniqueOrThrow({ where: { id: linkId } })).toMatchObject({ stance: "NEUTRAL", version: 2 });

    await removeEvidenceLink(t.db, actors.analyst, linkId, now);
    const removed = await t.db.evidenceLink.findUniqueOrThrow({ where: { id: linkId } });
    expect(removed.deletedAt?.toISOString()).toBe(now.toISOString());
    expect((await getDevelopment(t.db, actors.viewer, id)).evidenceLinks.map((l) => l.expectation.id)).toEqual([talksResume]);
    expect((await failure(removeEvidenceLink(t.db, actors.analyst, linkId, now))).code).toBe("NOT_FOUND");

    const revived = await addEvidenceLink(t.db, actors.analyst, { ...pair, stance: "SUPPORTS", rationale: "Back again." });
    expect(revived.id).toBe(linkId);
    expect(await t.db.evidenceLink.findUniqueOrThrow({ where: { id: linkId } })).toMatchObject({
      deletedAt: null,
      stance: "SUPPORTS",
      rationale: "Back again.",
    });
    expect(await t.db.evidenceLink.count({ where: pair })).toBe(1);

    const before = await rowCounts(t.db);
    for (const expectationId of [usReachesOut, talksResume]) {
      const duplicate = addEvidenceLink(t.db, actors.analyst, { developmentId: id, expectationId, stance: "NEUTRAL", rationale: "Again." });
      expect((await failure(duplicate)).code).toBe("CONFLICT");
    }
    expect(await rowCounts(t.db)).toEqual(before);
    const audit = await t.db.auditLog.findMany({ where: { entityId: linkId }, orderBy: [{ at: "asc" }, { id: "asc" }], select: { action: true } });
    expect(audit.map((a) => a.action)).toEqual(["evidence.create", "evidence.update", "evidence.remove", "evidence.restore"]);
  });
});
