// Bulk-inserts generated developments straight into a migrated SQLite file
// with better-sqlite3, in one transaction: far faster than the Prisma client,
// and written in exactly the format the Prisma adapter writes (see sqliteDate).
import type Database from "better-sqlite3";
import { searchTextOf } from "../../lib/developments/snapshot";

const EVENT_TYPES = [
  "TALKS_MEETINGS",
  "STATEMENT",
  "AGREEMENT",
  "MILITARY_ACTIVITY",
  "MISSILE_TEST",
  "SANCTIONS",
  "TROOP_POSTURE",
  "TRADE_MEASURE",
  "DOMESTIC_POLITICS",
  "OTHER",
] as const;
const STANCES = ["STRONGLY_SUPPORTS", "SUPPORTS", "NEUTRAL", "CONTRADICTS", "STRONGLY_CONTRADICTS"] as const;
const RELIABILITIES = ["A", "B", "C", "D", "E", "F"] as const;

export const ACTORS = [
  "United States",
  "North Korea",
  "South Korea",
  "China",
  "Japan",
  "Russia",
  "Donald Trump",
  "Kim Jong Un",
  "Lee Jae-myung",
  "Marco Rubio",
  "Kim Yo Jong",
  "Choe Son Hui",
  "Pete Hegseth",
  "USFK",
  "Korean People's Army",
  "UN Security Council",
  "IAEA",
  "NATO",
  "European Union",
  "Xi Jinping",
  "Vladimir Putin",
  "Shigeru Ishiba",
  "Cho Hyun",
  "Wi Sung-lac",
  "Allison Hooker",
  "Kevin Kim",
  "US State Department",
  "Pentagon",
  "KCNA",
  "Ministry of Unification",
  "미국",
  "북한",
  "한국",
  "중국",
  "일본",
  "러시아",
  "김정은",
  "김여정",
  "트럼프",
  "이재명",
  "통일부",
  "국방부",
  "외교부",
  "합동참모본부",
  "조선중앙통신",
  "주한미군",
  "국가정보원",
  "최선희",
  "조현",
  "한미연합사령부",
];

export const TAGS = [
  "summit",
  "talks",
  "sanctions",
  "missile",
  "icbm",
  "nuclear",
  "denuclearisation",
  "arms control",
  "alliance",
  "cost sharing",
  "troop reduction",
  "tariffs",
  "trade",
  "exercises",
  "drills",
  "border",
  "dmz",
  "panmunjom",
  "envoy",
  "letter",
  "humanitarian aid",
  "cyber",
  "satellite",
  "hypersonic",
  "artillery",
  "balloons",
  "loudspeakers",
  "defector",
  "repatriation",
  "russia cooperation",
  "munitions",
  "troops to russia",
  "rhetoric",
  "election",
  "investment",
  "shipbuilding",
  "semiconductors",
  "autos",
  "extended deterrence",
  "nuclear umbrella",
  "wartime opcon",
  "strategic flexibility",
  "thaad",
  "navy",
  "submarine",
  "slbm",
  "cruise missile",
  "nuclear test",
  "yongbyon",
  "enrichment",
  "trilateral",
  "apec",
  "g7",
  "asean",
  "human rights",
  "food security",
  "tourism",
  "정상회담",
  "회담",
  "제재",
  "미사일",
  "비핵화",
  "한미동맹",
  "방위비 분담",
  "주한미군 감축",
  "관세",
  "연합훈련",
  "군사분계선",
  "판문점",
  "특사",
  "친서",
  "인도적 지원",
  "사이버",
  "정찰위성",
  "오물풍선",
  "대북전단",
  "북러 협력",
  "파병",
];

const KOREAN_TITLES = [
  "북미 정상회담 재개 논의",
  "남북 고위급 회담 제안",
  "북한 탄도미사일 발사",
  "한미 연합훈련 축소 발표",
  "주한미군 방위비 협상",
  "북러 군사협력 강화",
  "대북 제재 추가 지정",
  "한미 관세 협상 타결",
];
const VERBS = ["meets", "warns", "rejects", "proposes", "announces", "condemns", "welcomes", "reviews"];

/** A DateTime as the Prisma 6.19 better-sqlite3 adapter binds it (timestampFormat "iso8601"). */
export function sqliteDate(d: Date): string {
  return d.toISOString().replace("Z", "+00:00");
}

/** A small seeded generator (mulberry32): the same rows on every run. */
export function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;
  const some = <T>(list: readonly T[], min: number, max: number): T[] => {
    const wanted = min + int(max - min + 1);
    const chosen = new Set<T>();
    while (chosen.size < wanted) chosen.add(pick(list));
    return [...chosen];
  };
  return { next, int, pick, some };
}

export type GenerateOptions = { n: number; expectationIds: string[]; userId: string; rareWord: string };
export type GenerateCounts = { developments: number; sources: number; links: number; actors: number; tags: number; deleted: number };

export function generateDevelopments(raw: Database.Database, o: GenerateOptions): GenerateCounts {
  const r = random(20250701);
  const id = (prefix: string, i: number) => `${prefix}${i.toString(36).padStart(8, "0")}`;
  const created = sqliteDate(new Date("2026-11-01T00:00:00Z"));
  const start = Date.parse("2025-01-01T00:00:00Z");
  const days = Math.round((Date.parse("2026-11-01T00:00:00Z") - start) / 86_400_000);

  const insert = {
    actor: raw.prepare(`INSERT INTO "Actor" ("id", "name", "createdAt") VALUES (?, ?, ?)`),
    tag: raw.prepare(`INSERT INTO "Tag" ("id", "name", "createdAt") VALUES (?, ?, ?)`),
    development: raw.prepare(
      `INSERT INTO "Development" ("id", "occurredOn", "datePrecision", "title", "summary", "eventType", "searchText", "version", "createdById", "createdAt", "updatedAt", "deletedAt", "deletedById")
       VALUES (?, ?, 'DAY', ?, ?, ?, ?, 1, ?, ?, ?, ?, ?)`,
    ),
    developmentActor: raw.prepare(`INSERT INTO "DevelopmentActor" ("developmentId", "actorId") VALUES (?, ?)`),
    developmentTag: raw.prepare(`INSERT INTO "DevelopmentTag" ("developmentId", "tagId") VALUES (?, ?)`),
    source: raw.prepare(
      `INSERT INTO "Source" ("id", "developmentId", "url", "citation", "publisher", "publishedOn", "reliability", "credibility", "createdAt", "deletedAt")
       VALUES (?, ?, ?, NULL, ?, ?, ?, ?, ?, NULL)`,
    ),
    link: raw.prepare(
      `INSERT INTO "EvidenceLink" ("id", "developmentId", "expectationId", "stance", "rationale", "origin", "createdById", "createdAt", "updatedAt", "deletedAt", "version")
       VALUES (?, ?, ?, ?, ?, 'ANALYST', ?, ?, ?, NULL, 1)`,
    ),
  };
  const actorIndexes = ACTORS.map((_, k) => k);
  const tagIndexes = TAGS.map((_, k) => k);
  const counts: GenerateCounts = { developments: 0, sources: 0, links: 0, actors: ACTORS.length, tags: TAGS.length, deleted: 0 };

  raw.transaction(() => {
    const actorIds = ACTORS.map((name, i) => (insert.actor.run(id("bact", i), name, created), id("bact", i)));
    const tagIds = TAGS.map((name, i) => (insert.tag.run(id("btag", i), name, created), id("btag", i)));
    for (let i = 0; i < o.n; i++) {
      const devId = id("bdev", i);
      const occurred = new Date(start + r.int(days) * 86_400_000);
      const actorIdx = r.some(actorIndexes, 1, 3);
      const tagIdx = r.some(tagIndexes, 1, 3);
      const actors = actorIdx.map((k) => ACTORS[k]!);
      const tags = tagIdx.map((k) => TAGS[k]!);
      const title = r.next() < 0.2 ? r.pick(KOREAN_TITLES) : `${actors[0]} ${r.pick(VERBS)} ${actors[1] ?? "allies"} on ${tags[0]}`;
      const rare = r.next() < 0.0005 ? ` Analysts noted ${o.rareWord} in the statement.` : "";
      const summary = `Reported on ${occurred.toISOString().slice(0, 10)}: ${title}. Officials discussed ${tags.join(", ")}.${rare}`;
      const deleted = r.next() < 0.01;
      insert.development.run(
        devId,
        sqliteDate(occurred),
        title,
        summary,
        r.pick(EVENT_TYPES),
        searchTextOf({ title, summary, actors, tags }),
        o.userId,
        created,
        created,
        deleted ? created : null,
        deleted ? o.userId : null,
      );
      counts.deleted += deleted ? 1 : 0;
      for (const k of actorIdx) insert.developmentActor.run(devId, actorIds[k]);
      for (const k of tagIdx) insert.developmentTag.run(devId, tagIds[k]);
      const sourceCount = 1 + r.int(2);
      for (let s = 0; s < sourceCount; s++) {
        insert.source.run(
          id("bsrc", counts.sources),
          devId,
          `https://news.example.org/${i}/${s}`,
          `Publisher ${r.int(40)}`,
          sqliteDate(occurred),
          r.pick(RELIABILITIES),
          1 + r.int(6),
          created,
        );
        counts.sources++;
      }
      if (r.next() < 0.3) {
        insert.link.run(id("blnk", counts.links), devId, r.pick(o.expectationIds), r.pick(STANCES), "Generated for the benchmark.", o.userId, created, created);
        counts.links++;
      }
      counts.developments++;
    }
  })();
  return counts;
}
