// The exports against real databases: the expectations CSV says what the
// dashboard says on the as-of day, in the reader's language; the developments
// CSV and JSON walk every match exactly once in small batches, with live
// sources and links only; nobody signed out gets anything. The route handlers
// are called as Next calls them, with the session and database swapped in.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "../../lib/auth/actor";
import { seedBaseline } from "../../lib/baseline/seed-baseline";
import type { Db } from "../../lib/db-client";
import { deleteDevelopment } from "../../lib/developments/delete-development";
import type { DevelopmentFilters } from "../../lib/developments/list-filters";
import { logDevelopment } from "../../lib/developments/log-development";
import { updateDevelopment } from "../../lib/developments/update-development";
import { removeEvidenceLink } from "../../lib/evidence/link-evidence";
import { developmentsBatches, developmentsCsvStream, developmentsJsonStream, type ExportedDevelopment } from "../../lib/export/developments-export";
import { expectationsCsv } from "../../lib/export/expectations-csv";
import { dashboardState } from "../../lib/dashboard/dashboard-state";
import { developmentTimeline } from "../../lib/dashboard/development-timeline";
import { loadFacts } from "../../lib/judgement/load-facts";
import { dayOf, replay } from "../../lib/judgement/rule";
import { runEvaluation } from "../../lib/judgement/run-evaluation";
import { overrideStatus } from "../../lib/judgement/override-status";
import { EXPORT_HEADERS } from "../../lib/i18n/export-headers";
import { ifes2025Baseline } from "../../prisma/baseline/ifes-2025";
import { createTestActors, type TestActors } from "../support/actors";
import { DATABASE_KINDS, type TestDatabase } from "../support/test-databases";

// The route handlers read the session and the process's database; here both are the test's.
const route = vi.hoisted(() => ({ db: undefined as unknown, actor: null as unknown }));
vi.mock("../../lib/db", () => ({ getDb: () => route.db }));
vi.mock("../../lib/web/auth/session", () => ({ actorFromHeaders: async () => route.actor }));

import { GET as getExpectationsCsv } from "../../app/api/export/expectations.csv/route";
import { GET as getDevelopmentsCsv } from "../../app/api/export/developments.csv/route";
import { GET as getDevelopmentsJson } from "../../app/api/export/developments.json/route";

const now = new Date("2025-07-01T12:00:00Z");
const endOf = (day: string) => new Date(`${day}T23:59:59.999Z`);

/** RFC 4180 records (after the byte-order mark). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') ((cell += '"'), i++);
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") (row.push(cell), (cell = ""));
    else if (c === "\r" && text[i + 1] === "\n") (row.push(cell), rows.push(row), (row = []), (cell = ""), i++);
    else cell += c;
  }
  if (cell !== "" || row.length) throw new Error(`unterminated record: ${JSON.stringify([...row, cell])}`);
  return rows;
}

/** Bytes as sent, decoded without dropping the byte-order mark (Response.text() would). */
async function bytesOf(body: ReadableStream<Uint8Array> | Response): Promise<{ bytes: Uint8Array; text: string; chunks: number }> {
  const stream = body instanceof Response ? body.body! : body;
  const parts: Uint8Array[] = [];
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) parts.push(chunk);
  const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) (bytes.set(p, at), (at += p.length));
  return { bytes, text: new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes), chunks: parts.length };
}

function csvRecords(text: string): { header: string[]; rows: string[][] } {
  expect(text.startsWith("\uFEFF")).toBe(true);
  const [header = [], ...rows] = parseCsv(text.slice(1));
  return { header, rows };
}

describe.each(DATABASE_KINDS)("exports on $kind", ({ create }) => {
  let t: TestDatabase;
  let actors: TestActors;
  const key = new Map<string, string>(); // expectation key -> id
  const dev = new Map<string, string>(); // short name -> development id

  const log = (name: string, payload: Record<string, unknown>) =>
    logDevelopment(t.db, actors.analyst, { datePrecision: "DAY", summary: "", actors: [], tags: [], links: [], ...payload }, now).then((r) =>
      dev.set(name, r.id),
    );

  beforeAll(async () => {
    t = await create();
    route.db = t.db;
    await seedBaseline(t.db, ifes2025Baseline);
    actors = await createTestActors(t.db);
    for (const e of await t.db.expectation.findMany({ select: { id: true, key: true } })) key.set(e.key, e.id);

    await log("envoy", {
      occurredOn: "2025-03-10",
      title: "US envoy visits Pyongyang",
      eventType: "TALKS_MEETINGS",
      actors: ["United States"],
      tags: ["envoy"],
      sources: [
        { url: "https://www.yna.co.kr/view/1", publisher: "Yonhap", publishedOn: "2025-03-10", reliability: "B", credibility: 2 },
        { citation: "Press release 12", publisher: "MOU", reliability: "C", credibility: 3 },
      ],
      links: [{ expectationId: key.get("us-reaches-out"), stance: "STRONGLY_SUPPORTS", rationale: "A first envoy, sent early." }],
    });
    await log("talks", {
      occurredOn: "2025-05-15",
      title: "Talks resume at Panmunjom",
      eventType: "TALKS_MEETINGS",
      tags: ["talks"],
      sources: [{ url: "https://example.org/talks", publisher: "Reuters", reliability: "A", credibility: 1 }],
      links: [{ expectationId: key.get("talks-resume"), stance: "STRONGLY_SUPPORTS", rationale: "Officials met." }],
    });
    await log("summit", {
      occurredOn: "2025-06-01",
      title: "북미 정상회담 재개",
      summary: "양측이 정상회담 재개를 발표했다.",
      eventType: "TALKS_MEETINGS",
      actors: ["북한", "미국"],
      tags: ["정상회담"],
      sources: [{ url: "https://www.yna.co.kr/view/2", publisher: "연합뉴스", reliability: "A", credibility: 1 }],
      links: [{ expectationId: key.get("talks-resume"), stance: "STRONGLY_SUPPORTS", rationale: "양측이 공식 발표." }],
    });
    // Same day as the summit (the keyset breaks the tie on id), and a title built to run in a spreadsheet.
    await log("formula", {
      occurredOn: "2025-06-01",
      title: '=HYPERLINK("http://evil.example","Missile launch")',
      eventType: "MISSILE_TEST",
      sources: [{ url: "https://example.org/missile", publisher: "KCNA", reliability: "D", credibility: 4 }],
      links: [{ expectationId: key.get("inter-korean-tension-persists"), stance: "SUPPORTS", rationale: "Removed later." }],
    });
    await log("tariff", {
      occurredOn: "2025-06-20",
      datePrecision: "MONTH",
      title: 'Tariff threat, "25%" on cars',
      eventType: "TRADE_MEASURE",
      sources: [
        { url: "https://example.org/tariff-a", publisher: "Dropped Daily", reliability: "A", credibility: 1 },
        { url: "https://example.org/tariff-b", publisher: "Kept Herald", reliability: "C", credibility: 2 },
      ],
      links: [{ expectationId: key.get("alliance-weakened"), stance: "SUPPORTS", rationale: "Tariffs strain the alliance." }],
    });
    await log("gone", {
      occurredOn: "2025-06-25",
      title: "Deleted: summit rumour",
      eventType: "TALKS_MEETINGS",
      sources: [{ url: "https://example.org/rumour", publisher: "Rumour Mill", reliability: "A", credibility: 1 }],
      links: [{ expectationId: key.get("inter-korean-tension-persists"), stance: "STRONGLY_SUPPORTS", rationale: "Deleted later." }],
    });
    // A source dropped by an edit (the tariff's A1), a removed link (the missile's) and a
    // deleted development (with its link): none is exported, none counts.
    const kept = await t.db.source.findFirstOrThrow({ where: { developmentId: dev.get("tariff"), publisher: "Kept Herald" } });
    await updateDevelopment(
      t.db,
      actors.analyst,
      dev.get("tariff")!,
      {
        occurredOn: "2025-06-20",
        datePrecision: "MONTH",
        title: 'Tariff threat, "25%" on cars',
        summary: "",
        eventType: "TRADE_MEASURE",
        sources: [{ id: kept.id, url: "https://example.org/tariff-b", publisher: "Kept Herald", reliability: "C", credibility: 2 }],
        expectedVersion: 1,
      },
      now,
    );
    const missileLink = await t.db.evidenceLink.findFirstOrThrow({ where: { developmentId: dev.get("formula") } });
    await removeEvidenceLink(t.db, actors.analyst, missileLink.id, now);
    await deleteDevelopment(t.db, actors.analyst, dev.get("gone")!, now);
    // The scheduler's minute job, as it would have run: the CSV reads what it recorded.
    await runEvaluation(t.db, { now, live: true, jobName: "evaluate" });
  });
  afterAll(async () => t?.drop());

  const live = () => ["tariff", "formula", "summit", "talks", "envoy"].map((n) => dev.get(n)!);

  describe("expectations CSV", () => {
    it("has a header row in English, one row per expectation, and the dashboard's share, status and score", async () => {
      const { header, rows } = csvRecords(await expectationsCsv(t.db, actors.viewer, { asOf: endOf("2025-07-01"), locale: "en" }));
      expect(header).toEqual([
        "Key",
        "Theme",
        "Expectation",
        "Answer",
        "Panel share",
        "Status",
        "Status code",
        "Net score",
        "Confirm threshold",
        "Contradict threshold",
        "As of",
      ]);
      expect(header[0]).toBe(EXPORT_HEADERS.en.key);
      expect(rows).toHaveLength(8);
      const byKey = new Map(rows.map((r) => [r[0], r]));
      // Two A1 "strongly supports": 2 + 2 = 4 >= 3.
      expect(byKey.get("talks-resume")).toEqual([
        "talks-resume",
        "US–DPRK talks",
        expect.any(String),
        "",
        "",
        "Confirmed",
        "CONFIRMED",
        "4",
        "3",
        "-3",
        "2025-07-01",
      ]);
      // Best source B2: 2 x 0.8 x 0.8 = 1.28, leaning.
      expect(byKey.get("us-reaches-out")!.slice(5, 8)).toEqual(["Leaning confirmed", "LEANING_CONFIRMED", "1.28"]);
      expect(byKey.get("no-substantial-results")![4]).toBe("0.7");
      expect(byKey.get("alliance-maintained")!.slice(3, 5)).toEqual(["Maintained at the current level", "0.58"]);
      // Through its remaining C2 source (the dropped A1 does not count): 1 x 0.6 x 0.8.
      expect(byKey.get("alliance-weakened")!.slice(4, 8)).toEqual(["0.4", "Pending", "PENDING", "0.48"]);
      // The removed link and the deleted development's link do not count.
      expect(byKey.get("inter-korean-tension-persists")!.slice(4, 8)).toEqual(["0.6", "Pending", "PENDING", "0"]);
      expect(rows.every((r) => r.length === 11 && r[10] === "2025-07-01")).toBe(true);
    });

    it("speaks Korean: headers, themes, statements, answers and statuses", async () => {
      const { header, rows } = csvRecords(await expectationsCsv(t.db, actors.viewer, { asOf: endOf("2025-07-01"), locale: "ko" }));
      expect(header).toEqual(["전망 키", "주제", "전망", "응답", "응답 비율", "상태", "상태 코드", "근거 순점수", "확인 임계값", "반증 임계값", "기준일"]);
      expect(rows).toHaveLength(8);
      const talks = rows.find((r) => r[0] === "talks-resume")!;
      expect(talks[1]).toBe("북미 대화");
      expect(talks[2]).toMatch(/[가-힣]/);
      expect(talks.slice(5, 7)).toEqual(["확인됨", "CONFIRMED"]);
      expect(rows.find((r) => r[0] === "alliance-maintained")!.slice(3, 5)).toEqual(["현 수준 유지", "0.58"]);
    });

    it("reads the as-of day in valid time: before the summit, talks were only leaning", async () => {
      const { rows } = csvRecords(await expectationsCsv(t.db, actors.viewer, { asOf: endOf("2025-05-31"), locale: "en" }));
      expect(rows.find((r) => r[0] === "talks-resume")!.slice(6, 8)).toEqual(["LEANING_CONFIRMED", "2"]);
      expect(rows.every((r) => r[10] === "2025-05-31")).toBe(true);
    });
  });

  describe("developments", () => {
    const walk = async (actor: Actor, filters: DevelopmentFilters, batchSize = 2) => {
      const sizes: number[] = [];
      const all: ExportedDevelopment[] = [];
      for await (const batch of developmentsBatches(t.db, actor, filters, batchSize)) (sizes.push(batch.length), all.push(...batch));
      return { sizes, all };
    };

    it("walks every live development exactly once, newest first, in batches", async () => {
      const { sizes, all } = await walk(actors.analyst, {});
      expect(sizes).toEqual([2, 2, 1]);
      expect(all.map((d) => d.id).sort()).toEqual(live().sort());
      const dates = all.map((d) => d.occurredOn);
      expect(dates).toEqual([...dates].sort().reverse());
      expect(all.at(-1)!.id).toBe(dev.get("envoy"));
      // A batch size that divides the total ends cleanly too.
      expect((await walk(actors.analyst, {}, 5)).sizes).toEqual([5]);
      expect((await walk(actors.analyst, {}, 1)).all.map((d) => d.id)).toEqual(all.map((d) => d.id));
    });

    it("exports live sources and links only, with their grades, publishers and keys", async () => {
      const { all } = await walk(actors.analyst, {});
      const get = (name: string) => all.find((d) => d.id === dev.get(name))!;
      expect(get("tariff").sources.map((s) => s.publisher)).toEqual(["Kept Herald"]);
      expect(get("tariff").links).toEqual([{ expectationKey: "alliance-weakened", stance: "SUPPORTS", rationale: "Tariffs strain the alliance." }]);
      expect(get("formula").links).toEqual([]);
      expect(get("tariff").datePrecision).toBe("MONTH");
      expect(get("envoy").sources).toEqual([
        { url: "https://www.yna.co.kr/view/1", citation: null, publisher: "Yonhap", publishedOn: "2025-03-10", reliability: "B", credibility: 2 },
        { url: null, citation: "Press release 12", publisher: "MOU", publishedOn: null, reliability: "C", credibility: 3 },
      ]);
      expect(get("summit").links).toEqual([{ expectationKey: "talks-resume", stance: "STRONGLY_SUPPORTS", rationale: "양측이 공식 발표." }]);
      expect(get("summit").actors).toEqual(["미국", "북한"]);
    });

    it("applies the list's filters and ignores its paging", async () => {
      const ids = async (filters: DevelopmentFilters) => (await walk(actors.analyst, filters)).all.map((d) => d.id).sort();
      expect(await ids({ eventType: "TALKS_MEETINGS" })).toEqual(["summit", "talks", "envoy"].map((n) => dev.get(n)!).sort());
      expect(await ids({ q: "회담" })).toEqual([dev.get("summit")]);
      expect(await ids({ expectationId: key.get("talks-resume") })).toEqual(["summit", "talks"].map((n) => dev.get(n)!).sort());
      expect(await ids({ from: "2025-06-01", to: "2025-06-30" })).toEqual(["summit", "formula", "tariff"].map((n) => dev.get(n)!).sort());
      expect(await ids({ minReliability: "A" })).toEqual(["summit", "talks"].map((n) => dev.get(n)!).sort());
      expect(await ids({ limit: 1, cursor: "not-a-cursor" })).toEqual(live().sort());
    });

    it("shows deleted developments to admins who ask, and to nobody else", async () => {
      expect((await walk(actors.admin, { deleted: "only" })).all.map((d) => d.id)).toEqual([dev.get("gone")]);
      const included = (await walk(actors.admin, { deleted: "include" })).all;
      expect(included).toHaveLength(6);
      expect(included.find((d) => d.id === dev.get("gone"))!.deletedOn).toBe("2025-07-01");
      expect((await walk(actors.viewer, { deleted: "only" })).all.map((d) => d.id).sort()).toEqual(live().sort());
    });

    it("streams CSV: BOM, translated header, one readable row per development, several chunks", async () => {
      const { bytes, text, chunks } = await bytesOf(await developmentsCsvStream(t.db, actors.viewer, {}, { locale: "en", batchSize: 2 }));
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(chunks).toBe(4); // the header, then one chunk per batch of 2, 2, 1
      const { header, rows } = csvRecords(text);
      expect(header).toEqual([
        "ID",
        "Occurred on",
        "Title",
        "Summary",
        "Event type",
        "Event type code",
        "Actors",
        "Tags",
        "Best grade",
        "Sources",
        "Linked expectations",
        "Deleted on",
      ]);
      expect(rows).toHaveLength(5);
      expect(rows.map((r) => r[0]).sort()).toEqual(live().sort());
      const row = (name: string) => rows.find((r) => r[0] === dev.get(name))!;
      expect(row("envoy").slice(1, 3)).toEqual(["2025-03-10", "US envoy visits Pyongyang"]);
      expect(row("envoy").slice(4, 11)).toEqual([
        "Talks and meetings",
        "TALKS_MEETINGS",
        "United States",
        "envoy",
        "B2",
        "B2 Yonhap (2025-03-10) https://www.yna.co.kr/view/1; C3 MOU — Press release 12",
        "us-reaches-out: Strongly supports — A first envoy, sent early.",
      ]);
      expect(row("formula")[2]).toBe(`'=HYPERLINK("http://evil.example","Missile launch")`);
      expect(row("tariff").slice(1, 3)).toEqual(["2025-06", 'Tariff threat, "25%" on cars']);
      expect(row("summit").slice(2, 4)).toEqual(["북미 정상회담 재개", "양측이 정상회담 재개를 발표했다."]);
    });

    it("streams CSV in Korean", async () => {
      const { text } = await bytesOf(await developmentsCsvStream(t.db, actors.viewer, { q: "회담" }, { locale: "ko", batchSize: 2 }));
      const { header, rows } = csvRecords(text);
      expect(header.slice(0, 3)).toEqual(["ID", "발생일", "제목"]);
      expect(rows).toHaveLength(1);
      expect(rows[0]!.slice(4, 6)).toEqual(["회담·접촉", "TALKS_MEETINGS"]);
      expect(rows[0]![10]).toBe("talks-resume: 강하게 뒷받침 — 양측이 공식 발표.");
    });

    it("streams JSON that parses, with every development once", async () => {
      const { text, chunks } = await bytesOf(await developmentsJsonStream(t.db, actors.viewer, {}, { batchSize: 2 }));
      expect(chunks).toBe(5); // "[", three batches, "]"
      const items = JSON.parse(text) as ExportedDevelopment[];
      expect(items.map((d) => d.id).sort()).toEqual(live().sort());
      expect(new Set(items.map((d) => d.id)).size).toBe(items.length);
      expect(items.find((d) => d.id === dev.get("summit"))).toMatchObject({
        title: "북미 정상회담 재개",
        eventType: "TALKS_MEETINGS",
        occurredOn: "2025-06-01",
      });
      // Nothing matching: still a valid, empty array.
      expect(JSON.parse((await bytesOf(await developmentsJsonStream(t.db, actors.viewer, { q: "no such thing" }))).text)).toEqual([]);
    });

    it("stops reading when the consumer cancels", async () => {
      const stream = await developmentsJsonStream(t.db, actors.viewer, {}, { batchSize: 1 });
      const reader = stream.getReader();
      await reader.read();
      await reader.read();
      await reader.cancel();
      expect((await reader.read()).done).toBe(true);
    });
  });

  it("refuses a signed-out reader", async () => {
    await expect(expectationsCsv(t.db, null, { asOf: now, locale: "en" })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(developmentsCsvStream(t.db, null, {}, { locale: "en" })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(developmentsJsonStream(t.db, null, {})).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(developmentsBatches(t.db, null, {}).next()).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  // The exports read the dashboard's state: what the live runs recorded (history
  // and daily series), checked here against the rule replayed the long way.
  describe("dashboard data behind the exports", () => {
    const days = ["2025-03-09", "2025-03-10", "2025-05-31", "2025-06-01", "2025-07-01"];
    const expectSameAsFullReplay = async (clock: Date) => {
      await runEvaluation(t.db, { now: clock, live: true, jobName: "evaluate" });
      const facts = await loadFacts(t.db);
      for (const day of days) {
        const full = replay(facts, { until: dayOf(endOf(day)) }).final;
        const state = await dashboardState(t.db, actors.viewer, { day: dayOf(endOf(day)), knownThen: false });
        expect(state.expectations.map((e) => [day, e.key, e.status, e.netScore])).toEqual(
          state.expectations.map((e) => [day, e.key, full.get(e.id)!.status, full.get(e.id)!.net]),
        );
      }
    };

    it("timeline: months of live developments, and markers for live links, newest kept", async () => {
      const all = await developmentTimeline(t.db, actors.viewer, { asOf: endOf("2025-07-01") });
      expect(all.months).toEqual([
        { month: "2025-03", count: 1 },
        { month: "2025-05", count: 1 },
        { month: "2025-06", count: 3 },
      ]);
      // Oldest first; the summit and the tariff threat (month only: stored as 2025-06-01) share a day.
      expect(all.markers.slice(0, 2).map((m) => [m.title, m.stance, m.value, m.day])).toEqual([
        ["US envoy visits Pyongyang", "STRONGLY_SUPPORTS", 2, "2025-03-10"],
        ["Talks resume at Panmunjom", "STRONGLY_SUPPORTS", 2, "2025-05-15"],
      ]);
      expect(
        all.markers
          .slice(2)
          .map((m) => [m.developmentId, m.stance, m.day])
          .sort(),
      ).toEqual(
        [
          [dev.get("summit"), "STRONGLY_SUPPORTS", "2025-06-01"],
          [dev.get("tariff"), "SUPPORTS", "2025-06-01"],
        ].sort(),
      );
      const limited = await developmentTimeline(t.db, actors.viewer, { asOf: endOf("2025-05-31") }, 1);
      expect(limited.markers.map((m) => m.developmentId)).toEqual([dev.get("talks")]);
      const talks = await developmentTimeline(t.db, actors.viewer, { asOf: endOf("2025-07-01"), expectationId: key.get("talks-resume") });
      expect(talks.months).toEqual([
        { month: "2025-05", count: 1 },
        { month: "2025-06", count: 1 },
      ]);
      expect(talks.markers.every((m) => m.expectationId === key.get("talks-resume"))).toBe(true);
      const alliance = await developmentTimeline(t.db, actors.viewer, { asOf: endOf("2025-07-01"), theme: "rok-us-alliance" });
      expect(alliance.months).toEqual([{ month: "2025-06", count: 1 }]);
      expect(alliance.markers.map((m) => [m.developmentId, m.expectationId])).toEqual([[dev.get("tariff"), key.get("alliance-weakened")]]);
      // Its links: one removed, one on a deleted development.
      expect(await developmentTimeline(t.db, actors.viewer, { asOf: endOf("2025-07-01"), theme: "inter-korean" })).toEqual({ months: [], markers: [] });
      const early = await developmentTimeline(t.db, actors.viewer, { asOf: endOf("2025-05-31"), theme: "us-dprk-talks" });
      expect(early.markers.map((m) => m.developmentId)).toEqual([dev.get("envoy"), dev.get("talks")]);
    });

    it("dashboardState reads every day exactly as the full replay judges it, overrides and exclusive answers included", async () => {
      await expectSameAsFullReplay(now);
      await overrideStatus(
        t.db,
        actors.analyst,
        key.get("alliance-maintained")!,
        { status: "CONFIRMED", reason: "Joint statement reaffirms the alliance." },
        endOf("2025-05-31"),
      );
      await expectSameAsFullReplay(endOf("2025-07-01"));
      const state = await dashboardState(t.db, actors.viewer, { day: dayOf(endOf("2025-07-01")), knownThen: false });
      const status = (k: string) => state.expectations.find((e) => e.key === k)!.status;
      // The analyst's "maintained" is a confirmed answer: the other answer of the question is ruled out.
      expect([status("alliance-maintained"), status("alliance-weakened")]).toEqual(["CONFIRMED", "RULED_OUT"]);
    });
  });

  describe("route handlers", () => {
    const request = (path: string, headers: Record<string, string> = {}) => new Request(`http://localhost${path}`, { headers });

    it("answer 401 JSON without a session, in the reader's language", async () => {
      route.actor = null;
      for (const get of [getExpectationsCsv, getDevelopmentsCsv, getDevelopmentsJson]) {
        const response = await get(request("/api/export/x", { "accept-language": "ko" }));
        expect(response.status).toBe(401);
        expect(response.headers.get("content-type")).toMatch(/application\/json/);
        const body = (await response.json()) as { error: { code: string; message: string } };
        expect(body.error.code).toBe("UNAUTHENTICATED");
        expect(body.error.message).toMatch(/로그인/);
      }
    });

    it("send the expectations as an attachment for the asked day, or today when the day is invalid", async () => {
      route.actor = actors.viewer;
      const response = await getExpectationsCsv(request("/api/export/expectations.csv?asOf=2025-05-31", { cookie: "NEXT_LOCALE=ko" }));
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
      expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="expectations-ifes-2025-01-2025-05-31\.csv"/); // the survey shown (issue 17)
      const { header, rows } = csvRecords((await bytesOf(response)).text);
      expect(header[0]).toBe("전망 키");
      expect(rows).toHaveLength(8);
      const today = new Date().toISOString().slice(0, 10);
      const invalid = await getExpectationsCsv(request("/api/export/expectations.csv?asOf=2025-02-30"));
      expect(invalid.headers.get("content-disposition")).toContain(`expectations-ifes-2025-01-${today}.csv`);
    });

    it("stream the developments with the list's filters", async () => {
      route.actor = actors.analyst;
      const csv = await getDevelopmentsCsv(request("/api/export/developments.csv?eventType=TALKS_MEETINGS&cursor=junk&limit=1&stance=bogus"));
      expect(csv.status).toBe(200);
      expect(csv.headers.get("content-disposition")).toMatch(/^attachment; filename="developments-\d{4}-\d{2}-\d{2}\.csv"/);
      expect(csvRecords((await bytesOf(csv)).text).rows).toHaveLength(3);
      const json = await getDevelopmentsJson(request("/api/export/developments.json?deleted=only"));
      expect(json.headers.get("content-type")).toBe("application/json; charset=utf-8");
      // Only admins see deleted developments: for an analyst the filter is dropped, as on the list page.
      expect(((await json.json()) as ExportedDevelopment[]).map((d) => d.id).sort()).toEqual(live().sort());
    });
  });
});
