// Sensitivity on worked cases: each answer checked against the rule itself
// (replaying the record with the removal, or with the reports added).
import { describe, expect, it } from "vitest";
import { parseGrade, replay, type Facts, type Grade } from "../../lib/judgement/rule";
import { judgeOn, prepare } from "../../lib/instruments/judge-on";
import { unchangedWithout } from "../../lib/instruments/removal";
import { analyseSensitivity } from "../../lib/instruments/sensitivity";
import { reportsFor, whatItWouldTake } from "../../lib/instruments/what-it-would-take";
import { d, expectation, facts, link } from "../support/rule-facts";

const today = d("2026-11-29");
const statusOf = (f: Facts, id: string) => replay(f, { until: today }).final.get(id)!.status;

describe("sensitivity: which development carries a status", () => {
  it("finds the one development whose removal flips a fragile status, and says what it becomes", () => {
    // Net 3.64: confirmed on 10 Jun by the A1 strong report; without it the net never reaches 3.
    const e = expectation("talks");
    const f = facts({
      expectations: [e],
      links: [
        link("talks", "2025-03-01", "SUPPORTS", { dev: "statement" }),
        link("talks", "2025-06-10", "STRONGLY_SUPPORTS", { dev: "summit" }),
        link("talks", "2025-07-01", "SUPPORTS", { grade: "B2", dev: "envoy" }),
      ],
    });
    const s = analyseSensitivity({ facts: f, expectationId: "talks", day: today });
    expect(s.status).toBe("CONFIRMED");
    expect(s.robust).toBe(false);
    expect(s.flips.map((x) => x.developmentIds[0])).toContain("summit");
    expect(s.flips.find((x) => x.developmentIds[0] === "summit")!.becomes).toBe("LEANING_CONFIRMED");
    // The B2 report came after the confirmation: the status does not rest on it.
    expect(s.flips.map((x) => x.developmentIds[0])).not.toContain("envoy");
    expect(statusOf({ ...f, links: f.links.filter((l) => l.developmentId !== "summit") }, "talks")).toBe("LEANING_CONFIRMED");
    // Shares: 2 of 3.64 is 55%.
    expect(s.contributions[0]).toMatchObject({ developmentId: "summit", weight: 2 });
    expect(s.contributions[0]!.share).toBeCloseTo(2 / 3.64, 5);
  });

  it("calls a status robust when no single development changes it, and finds the smallest set that does", () => {
    // Leaning confirmed with net 6 from six A1 supporting reports on an expectation with a high threshold.
    const e = expectation("alliance", { kind: "CONTINUITY", confirmThreshold: 10 });
    const f = facts({ expectations: [e], links: [1, 2, 3, 4, 5, 6].map((m) => link("alliance", `2025-0${m}-01`, "SUPPORTS", { dev: `r${m}` })) });
    const s = analyseSensitivity({ facts: f, expectationId: "alliance", day: today });
    expect(s.status).toBe("LEANING_CONFIRMED");
    expect(s.robust).toBe(true);
    expect(s.flips).toEqual([]);
    // Net 6 falls below 1 only after removing six: 5 leaves net 1, still leaning (the line is inclusive).
    expect(s.smallest!.developmentIds).toHaveLength(6);
    expect(s.smallest!.becomes).toBe("PENDING");
  });

  it("treats a net landing exactly on the threshold as still there (ties hold)", () => {
    // Net 3.64 (A1 strong, A1 supports, B2 supports) on one day: removing the B2 report leaves exactly 3.
    const e = expectation("talks");
    const f = facts({
      expectations: [e],
      links: [
        link("talks", "2025-03-01", "STRONGLY_SUPPORTS", { dev: "a" }),
        link("talks", "2025-03-01", "SUPPORTS", { dev: "b" }),
        link("talks", "2025-03-01", "SUPPORTS", { grade: "B2", dev: "c" }),
      ],
    });
    const s = analyseSensitivity({ facts: f, expectationId: "talks", day: today });
    expect(s.flips.map((x) => x.developmentIds[0]).sort()).toEqual(["a", "b"]);
    expect(statusOf({ ...f, links: f.links.filter((l) => l.developmentId !== "c") }, "talks")).toBe("CONFIRMED");
  });

  it("finds a development that flips a status through the other answer of its question", () => {
    // "weakened" is confirmed by one decisive report, which rules out "maintained"; without it "maintained" holds again.
    const kept = expectation("maintained", { kind: "CONTINUITY", questionGroup: "q" });
    const weak = expectation("weakened", { kind: "OCCURRENCE", questionGroup: "q" });
    const f = facts({
      expectations: [kept, weak],
      links: [
        link("maintained", "2025-03-01", "STRONGLY_SUPPORTS", { dev: "drill" }),
        link("weakened", "2025-10-01", "STRONGLY_SUPPORTS", { decisive: "MEETS_CONFIRMING", dev: "usfk-cut" }),
      ],
    });
    const s = analyseSensitivity({ facts: f, expectationId: "maintained", day: today });
    expect(s.status).toBe("RULED_OUT");
    expect(s.flips).toContainEqual({ developmentIds: ["usfk-cut"], becomes: "LEANING_CONFIRMED" });
  });

  it("warns when a status rests on one outlet or on sources graded below C3", () => {
    const e = expectation("talks");
    const f = facts({
      expectations: [e],
      links: [link("talks", "2025-03-01", "STRONGLY_SUPPORTS", { grade: "A4", dev: "x" }), link("talks", "2025-03-02", "SUPPORTS", { grade: "A4", dev: "y" })],
    });
    const sources = [
      { developmentId: "x", outlet: "Daily Rumour", grade: { reliability: "A", credibility: 4 } },
      { developmentId: "y", outlet: "Daily Rumour", grade: { reliability: "A", credibility: 4 } },
    ];
    const s = analyseSensitivity({ facts: f, expectationId: "talks", day: today, sources });
    expect(s.status).toBe("LEANING_CONFIRMED");
    expect(s.warnings).toEqual({ oneOutlet: "Daily Rumour", belowC3: true });

    const well = facts({ expectations: [e], links: [link("talks", "2025-03-01", "STRONGLY_SUPPORTS", { dev: "x" })] });
    const two = [
      { developmentId: "x", outlet: "Wire A", grade: { reliability: "A", credibility: 1 } },
      { developmentId: "x", outlet: "Wire B", grade: { reliability: "A", credibility: 1 } },
    ];
    expect(analyseSensitivity({ facts: well, expectationId: "talks", day: today, sources: two }).warnings).toEqual({ oneOutlet: null, belowC3: false });
  });
});

describe("what it would take", () => {
  it("counts reports so that landing exactly on the threshold is enough", () => {
    expect(reportsFor(2, 2)).toBe(1);
    expect(reportsFor(2.01, 2)).toBe(2);
    expect(reportsFor(1.28, 0.64)).toBe(2);
    expect(reportsFor(0, 2)).toBe(0);
  });

  it("confirm direction: the A1 and B2 counts it gives do confirm, one fewer does not", () => {
    const e = expectation("talks");
    const f = facts({ expectations: [e], links: [link("talks", "2025-03-01", "SUPPORTS")] }); // net 1
    const take = whatItWouldTake(e, 1).confirm;
    expect(take).toMatchObject({ need: 2, strongA1: 1, plainB2: 4, resolvesByWeight: true });
    const add = (n: number, stance: "STRONGLY_SUPPORTS" | "SUPPORTS", grade: string) => ({
      ...f,
      links: [...f.links, ...Array.from({ length: n }, () => link("talks", "2025-04-01", stance, { grade }))],
    });
    expect(statusOf(add(take.strongA1, "STRONGLY_SUPPORTS", "A1"), "talks")).toBe("CONFIRMED");
    expect(statusOf(add(take.plainB2, "SUPPORTS", "B2"), "talks")).toBe("CONFIRMED");
    expect(statusOf(add(take.plainB2 - 1, "SUPPORTS", "B2"), "talks")).toBe("LEANING_CONFIRMED");
  });

  it("contradict direction: a continuity at net 1 needs 4, two A1 strong reports breach it, one does not", () => {
    const e = expectation("alliance", { kind: "CONTINUITY" });
    const f = facts({ expectations: [e], links: [link("alliance", "2025-03-01", "SUPPORTS")] });
    const take = whatItWouldTake(e, 1).contradict;
    expect(take).toMatchObject({ need: 4, strongA1: 2, plainB2: 7, resolvesByWeight: true });
    const add = (n: number) => ({ ...f, links: [...f.links, ...Array.from({ length: n }, () => link("alliance", "2025-04-01", "STRONGLY_CONTRADICTS"))] });
    expect(statusOf(add(2), "alliance")).toBe("CONTRADICTED");
    expect(statusOf(add(1), "alliance")).toBe("LEANING_CONTRADICTED");
    // And a continuity is confirmed only at its deadline, however much supports it.
    expect(whatItWouldTake(e, 1).confirm).toMatchObject({ onlyAtDeadline: true, resolvesByWeight: false });
  });
});

describe("judgeOn, the rule's final judgement without the history", () => {
  it("gives replay's status and net, and sensitivity finds every flipping development, over many random records with conditions, a question, deadlines, coverage and overrides", () => {
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
    const stances = ["STRONGLY_SUPPORTS", "SUPPORTS", "NEUTRAL", "CONTRADICTS", "STRONGLY_CONTRADICTS"] as const;
    for (let round = 0; round < 200; round++) {
      const es = [
        expectation("talks", { deadline: d("2026-01-20") }),
        expectation("results", { kind: "CONTINUITY", conditionId: "talks" }),
        expectation("kept", { kind: "CONTINUITY", questionGroup: "q", deadline: d("2025-12-31") }),
        expectation("weak", { questionGroup: "q" }),
      ];
      const links = Array.from({ length: 1 + Math.floor(rand() * 14) }, () =>
        link(pick(es).id, `2025-${String(1 + Math.floor(rand() * 12)).padStart(2, "0")}-0${1 + Math.floor(rand() * 9)}`, pick(stances), {
          grade: `${pick(["A", "B", "C", "F"])}${pick([1, 2, 3, 6])}`,
          decisive: rand() < 0.1 ? pick(["MEETS_CONFIRMING", "MEETS_CONTRADICTING"] as const) : "NONE",
          dev: `d${Math.floor(rand() * 8)}`,
        }),
      ).map((l) =>
        l.decisive === "MEETS_CONFIRMING"
          ? { ...l, stance: "STRONGLY_SUPPORTS" as const }
          : l.decisive === "MEETS_CONTRADICTING"
            ? { ...l, stance: "STRONGLY_CONTRADICTS" as const }
            : l,
      );
      const f = facts({
        expectations: es,
        links,
        coverage: rand() < 0.5 ? [{ surveyId: "s", throughDay: d("2026-02-01"), setAt: 0 }] : [],
        overrides: rand() < 0.2 ? [{ expectationId: "weak", mode: "OVERRIDE", status: "CONFIRMED", at: Date.parse("2025-06-01T12:00:00Z") }] : [],
      });
      const until = pick([d("2025-06-30"), d("2025-12-31"), today]);
      const want = replay(f, { until }).final;
      const got = judgeOn(f, until);
      for (const e of es)
        expect({ round, id: e.id, ...got.get(e.id)! }).toMatchObject({ round, id: e.id, status: want.get(e.id)!.status, net: want.get(e.id)!.net });
    }
  });
});

describe("sensitivity's single removals against brute force (the rule replayed without each development)", () => {
  const flipsByBruteForce = (f: Facts, id: string, until: number) => {
    const base = replay(f, { until }).final.get(id)!;
    if (base.overridden) return [];
    const devs = [...new Set(f.links.map((l) => l.developmentId))];
    return devs
      .map((dev) => ({ dev, becomes: replay({ ...f, links: f.links.filter((l) => l.developmentId !== dev) }, { until }).final.get(id)!.status }))
      .filter((x) => x.becomes !== base.status)
      .map((x) => `${x.dev}:${x.becomes}`)
      .sort();
  };
  const found = (f: Facts, id: string, until: number) =>
    analyseSensitivity({ facts: f, expectationId: id, day: until, limit: 1000 })
      .flips.map((x) => `${x.developmentIds[0]}:${x.becomes}`)
      .sort();

  it("finds exactly the flipping developments over many random records: conditions, a question, decisive links, several links a day, thresholds reached on the day", () => {
    let seed = 11;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
    const stances = ["STRONGLY_SUPPORTS", "SUPPORTS", "NEUTRAL", "CONTRADICTS", "STRONGLY_CONTRADICTS"] as const;
    for (let round = 0; round < 200; round++) {
      const es = [
        expectation("talks", { deadline: rand() < 0.3 ? d("2025-09-20") : null, confirmThreshold: pick([1, 2, 3]) }),
        expectation("results", { kind: "CONTINUITY", conditionId: "talks", contradictThreshold: pick([-1, -2, -3]) }),
        expectation("kept", { kind: "CONTINUITY", questionGroup: "q", deadline: d("2025-12-31") }),
        expectation("weak", { questionGroup: "q", confirmThreshold: pick([1, 2, 3]) }),
      ];
      // Few days and few developments: many links share a day, and a development often bears on several expectations.
      const links = Array.from({ length: 1 + Math.floor(rand() * 24) }, () =>
        link(pick(es).id, `2025-0${1 + Math.floor(rand() * 9)}-0${1 + Math.floor(rand() * 3)}`, pick(stances), {
          grade: `${pick(["A", "B", "C", "E", "F"])}${pick([1, 2, 3, 5, 6])}`,
          decisive: rand() < 0.12 ? pick(["MEETS_CONFIRMING", "MEETS_CONTRADICTING"] as const) : "NONE",
          dev: `d${Math.floor(rand() * 10)}`,
        }),
      );
      const f = facts({
        expectations: es,
        links,
        coverage: rand() < 0.3 ? [{ surveyId: "s", throughDay: d("2026-02-01"), setAt: 0 }] : [],
        overrides: rand() < 0.1 ? [{ expectationId: "weak", mode: "OVERRIDE", status: "CONFIRMED", at: Date.parse("2025-06-01T12:00:00Z") }] : [],
      });
      const until = pick([d("2025-04-02"), d("2025-06-30"), today]);
      for (const e of es) expect({ round, id: e.id, flips: found(f, e.id, until) }).toEqual({ round, id: e.id, flips: flipsByBruteForce(f, e.id, until) });
      // The shortcut alone, without the margin pruning in front of it: "unchanged" must be true of every status.
      const unchanged = unchangedWithout(prepare(f, until));
      const statuses = (g: Facts) => es.map((e) => replay(g, { until }).final.get(e.id)!.status).join();
      for (const dev of new Set(links.map((l) => l.developmentId)))
        if (unchanged.without(dev))
          expect({ round, dev, s: statuses({ ...f, links: links.filter((l) => l.developmentId !== dev) }) }).toEqual({ round, dev, s: statuses(f) });
      // And for removing several together (the smallest-set search).
      const several = new Set([...new Set(links.map((l) => l.developmentId))].filter(() => rand() < 0.4));
      if (unchanged.withoutAll(several))
        expect({ round, several: [...several], s: statuses({ ...f, links: links.filter((l) => !several.has(l.developmentId)) }) }).toEqual({
          round,
          several: [...several],
          s: statuses(f),
        });
      // And for losing an outlet: each development it graded falls back to another source, or to none.
      for (let k = 0; k < 3; k++) {
        const outlet = `o${k}`;
        const regraded = new Map<string, Grade | null>();
        for (const dev of new Set(links.map((l) => l.developmentId)))
          if (rand() < 0.5) regraded.set(dev, rand() < 0.3 ? null : parseGrade(`${pick(["A", "B", "D", "F"])}${pick([1, 2, 4, 6])}`));
        if (!unchanged.regraded(regraded)) continue;
        const after = links.map((l) => (regraded.has(l.developmentId) ? { ...l, grade: regraded.get(l.developmentId)! } : l));
        expect({ round, outlet, s: statuses({ ...f, links: after }) }).toEqual({ round, outlet, s: statuses(f) });
      }
    }
  }, 60_000); // a limit, not a measure: the brute force replays each record once per development, outlet and set

  it("a removal on the day the threshold was reached: the latch moves to a later day, or goes", () => {
    // Confirmed on 1 Mar (1 + 2 = 3); without "b" it reaches 3 again on 1 May, so it stays confirmed.
    const e = expectation("talks");
    const later = facts({
      expectations: [e],
      links: [
        link("talks", "2025-03-01", "SUPPORTS", { dev: "a" }),
        link("talks", "2025-03-01", "STRONGLY_SUPPORTS", { dev: "b" }),
        link("talks", "2025-05-01", "STRONGLY_SUPPORTS", { dev: "c" }),
        link("talks", "2025-07-01", "STRONGLY_CONTRADICTS", { dev: "e" }),
      ],
    });
    expect(found(later, "talks", today)).toEqual(flipsByBruteForce(later, "talks", today));
    expect(found(later, "talks", today)).not.toContain("b:LEANING_CONFIRMED");
    // A decisive contradiction on 1 Apr: the confirmation must come first, so its day decides.
    const raced = facts({
      expectations: [e],
      links: [
        link("talks", "2025-03-01", "SUPPORTS", { dev: "a" }),
        link("talks", "2025-03-01", "STRONGLY_SUPPORTS", { dev: "b" }),
        link("talks", "2025-04-01", "STRONGLY_CONTRADICTS", { decisive: "MEETS_CONTRADICTING", dev: "x" }),
        link("talks", "2025-05-01", "STRONGLY_SUPPORTS", { dev: "c" }),
        link("talks", "2025-05-01", "STRONGLY_SUPPORTS", { dev: "f" }),
      ],
    });
    const s = analyseSensitivity({ facts: raced, expectationId: "talks", day: today });
    expect(s.status).toBe("CONFIRMED");
    expect(found(raced, "talks", today)).toEqual(flipsByBruteForce(raced, "talks", today));
    expect(found(raced, "talks", today)).toContain("b:CONTRADICTED");
  });

  it("a development linked to a condition and to the expectation that waits on it", () => {
    const talks = expectation("talks");
    const results = expectation("results", { kind: "CONTINUITY", conditionId: "talks" });
    const f = facts({
      expectations: [talks, results],
      links: [
        link("talks", "2025-03-01", "STRONGLY_SUPPORTS", { dev: "summit" }),
        link("results", "2025-03-01", "STRONGLY_SUPPORTS", { dev: "summit" }),
        link("talks", "2025-04-01", "SUPPORTS", { dev: "envoy" }),
        link("results", "2025-05-01", "CONTRADICTS", { dev: "leak" }),
      ],
    });
    for (const id of ["talks", "results"]) expect(found(f, id, today)).toEqual(flipsByBruteForce(f, id, today));
    expect(found(f, "results", today)).toContain("summit:PENDING");
  });
});
