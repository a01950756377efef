// Rule v2, semantic by semantic, with the worked examples of docs/decisions/0040.
import { describe, expect, it } from "vitest";
import { bestGrade as listedGrade } from "../../lib/developments/list-developments";
import { bestGrade, gradeFactor, parseGrade, replay } from "../../lib/judgement/rule";
import { at, d, expectation, facts, link } from "../support/rule-facts";

const today = d("2026-11-29");
const final = (f: ReturnType<typeof facts>, id: string, until = today) => replay(f, { until }).final.get(id)!;
const history = (f: ReturnType<typeof facts>, id: string, until = today) =>
  replay(f, { until })
    .changes.get(id)!
    .map((c) => [new Date(c.validFrom * 864e5).toISOString().slice(0, 10), c.from, c.to]);

describe("weights", () => {
  it("weighs a stance by the development's best source: A1 supports = 1, B2 = 0.64, C3 = 0.36", () => {
    const e = expectation("x");
    const f = facts({
      expectations: [e],
      links: [link("x", "2025-03-01", "SUPPORTS"), link("x", "2025-03-02", "SUPPORTS", { grade: "B2" }), link("x", "2025-03-03", "SUPPORTS", { grade: "C3" })],
    });
    expect(final(f, "x").net).toBe(2);
  });

  it("shows in lists the source the rule weighs: C6 and D1 read D1 (0.4 > 0.3), and F1 ranks above D and E in both", () => {
    const grades = (...g: string[]) => g.map((x) => parseGrade(x)!);
    expect(listedGrade(grades("C6", "D1"))).toBe("D1");
    expect(gradeFactor(bestGrade(grades("C6", "D1"))!)).toBeCloseTo(0.4);
    expect(listedGrade(grades("E1", "D1", "F1"))).toBe("F1");
    // The order sources were entered in does not matter; equal weights go to the better reliability.
    expect(listedGrade(grades("D1", "C6"))).toBe("D1");
    expect(listedGrade(grades("F2", "D1"))).toBe("D1");
    // What the list shows is what the net counts: one D1 support weighs 0.4.
    const f = facts({ expectations: [expectation("y")], links: [link("y", "2025-03-01", "SUPPORTS", { grade: listedGrade(grades("C6", "D1"))! })] });
    expect(final(f, "y").net).toBeCloseTo(0.4);
  });
});

describe("OCCURRENCE", () => {
  const e = expectation("talks", { kind: "OCCURRENCE", deadline: d("2026-01-20") });

  it("is confirmed on the day the net score reaches the threshold, and stays confirmed (it happened)", () => {
    // Example 1: +2 on 1 Mar, +1 on 10 Jun (net 3: confirmed on 10 Jun), -2 on 1 Aug (net 1, still confirmed).
    const f = facts({
      expectations: [e],
      links: [
        link("talks", "2025-03-01", "STRONGLY_SUPPORTS"),
        link("talks", "2025-06-10", "SUPPORTS", { dev: "summit" }),
        link("talks", "2025-08-01", "STRONGLY_CONTRADICTS"),
      ],
    });
    expect(history(f, "talks")).toEqual([
      ["2025-03-01", "PENDING", "LEANING_CONFIRMED"],
      ["2025-06-10", "LEANING_CONFIRMED", "CONFIRMED"],
    ]);
    expect(replay(f, { until: today }).changes.get("talks")![1]!.tippedBy).toBe("summit");
    expect(final(f, "talks")).toMatchObject({ status: "CONFIRMED", net: 1, reason: { key: "judgement.reason.happenedThreshold" } });
  });

  it("is not contradicted by weight alone before its deadline, only leaning", () => {
    const f = facts({ expectations: [e], links: [link("talks", "2025-03-01", "STRONGLY_CONTRADICTS"), link("talks", "2025-04-01", "STRONGLY_CONTRADICTS")] });
    expect(final(f, "talks", d("2025-12-31"))).toMatchObject({
      status: "LEANING_CONTRADICTED",
      net: -4,
      reason: { key: "judgement.reason.notYetContradicted" },
    });
  });

  it("after its deadline waits for coverage, then is contradicted with valid day = the deadline", () => {
    // Example 2: nothing confirming by 20 Jan 2026. Without coverage: "awaiting review"; with coverage through 31 Jan: contradicted on 20 Jan.
    const f = facts({ expectations: [e], links: [link("talks", "2025-03-01", "SUPPORTS")] });
    expect(final(f, "talks")).toMatchObject({ status: "LEANING_CONFIRMED", waiting: { kind: "coverage", deadline: d("2026-01-20") } });
    expect(history(f, "talks")).toEqual([["2025-03-01", "PENDING", "LEANING_CONFIRMED"]]);
    const covered = { ...f, coverage: [{ surveyId: "s", throughDay: d("2026-01-31"), setAt: at("2026-11-29") }] };
    expect(history(covered, "talks")).toEqual([
      ["2025-03-01", "PENDING", "LEANING_CONFIRMED"],
      ["2026-01-20", "LEANING_CONFIRMED", "CONTRADICTED"],
    ]);
    expect(final(covered, "talks").reason.key).toBe("judgement.reason.deadlineMissed");
  });

  it("coverage short of the deadline does not apply it", () => {
    const f = facts({ expectations: [e], coverage: [{ surveyId: "s", throughDay: d("2026-01-19"), setAt: at("2026-11-01") }] });
    expect(final(f, "talks")).toMatchObject({ status: "PENDING", waiting: { kind: "coverage" } });
  });

  it("ignores evidence dated after its deadline: the question's window has closed", () => {
    const f = facts({
      expectations: [e],
      links: [link("talks", "2026-03-01", "STRONGLY_SUPPORTS"), link("talks", "2026-03-02", "STRONGLY_SUPPORTS")],
      coverage: [{ surveyId: "s", throughDay: d("2026-06-30"), setAt: at("2026-07-01") }],
    });
    expect(final(f, "talks")).toMatchObject({ status: "CONTRADICTED", net: 0 });
  });
});

describe("CONTINUITY", () => {
  const e = expectation("holds", { kind: "CONTINUITY", deadline: d("2029-01-20") });

  it("supporting evidence past the threshold makes it Holding (leaning), never Confirmed before the deadline", () => {
    // Example 3: +2, +2 (net 4 >= 3) in 2025: leaning confirmed, "holding".
    const f = facts({ expectations: [e], links: [link("holds", "2025-03-01", "STRONGLY_SUPPORTS"), link("holds", "2025-05-01", "STRONGLY_SUPPORTS")] });
    expect(final(f, "holds")).toMatchObject({ status: "LEANING_CONFIRMED", net: 4, reason: { key: "judgement.reason.holding" } });
  });

  it("a breach at the contradict threshold contradicts it at any time, and it stays contradicted", () => {
    const f = facts({
      expectations: [e],
      links: [
        link("holds", "2025-03-01", "STRONGLY_CONTRADICTS"),
        link("holds", "2025-04-01", "CONTRADICTS", { dev: "breach" }),
        link("holds", "2025-05-01", "STRONGLY_SUPPORTS"),
      ],
    });
    expect(history(f, "holds")).toEqual([
      ["2025-03-01", "PENDING", "LEANING_CONTRADICTED"],
      ["2025-04-01", "LEANING_CONTRADICTED", "CONTRADICTED"],
    ]);
    expect(final(f, "holds").reason.key).toBe("judgement.reason.breachedThreshold");
  });

  it("is confirmed at its deadline once coverage reaches it, unless contradicted", () => {
    const short = expectation("short", { kind: "CONTINUITY", deadline: d("2026-01-20") });
    const f = facts({ expectations: [short], coverage: [{ surveyId: "s", throughDay: d("2026-01-20"), setAt: at("2026-02-01") }] });
    expect(history(f, "short")).toEqual([["2026-01-20", "PENDING", "CONFIRMED"]]);
  });
});

describe("decisive links", () => {
  const e = expectation("letter", { kind: "OCCURRENCE", deadline: d("2026-01-20") });

  it("one link meeting the confirming criterion with a source at least B2 resolves it on its own", () => {
    // Example 4: a B1 report that Trump's letter was handed over: confirmed that day, net 1.6.
    const f = facts({ expectations: [e], links: [link("letter", "2025-04-15", "SUPPORTS", { grade: "B1", decisive: "MEETS_CONFIRMING" })] });
    expect(final(f, "letter")).toMatchObject({ status: "CONFIRMED", net: 1.6, reason: { key: "judgement.reason.happenedDecisive" } });
  });

  it("below the survey's minimum grade it counts as strong support only", () => {
    // A3 is weaker information than B2 (credibility 3 > 2): weighs 2 x 0.6 = 1.2, leaning only.
    const f = facts({ expectations: [e], links: [link("letter", "2025-04-15", "SUPPORTS", { grade: "A3", decisive: "MEETS_CONFIRMING" })] });
    expect(final(f, "letter")).toMatchObject({ status: "LEANING_CONFIRMED", net: 1.2 });
  });

  it("a decisive contradicting link contradicts an occurrence before its deadline, and breaches a continuity", () => {
    const c = expectation("cont", { kind: "CONTINUITY" });
    const f = facts({
      expectations: [e, c],
      links: [
        link("letter", "2025-04-15", "CONTRADICTS", { decisive: "MEETS_CONTRADICTING" }),
        link("cont", "2025-04-16", "CONTRADICTS", { grade: "B2", decisive: "MEETS_CONTRADICTING" }),
      ],
    });
    expect(final(f, "letter")).toMatchObject({ status: "CONTRADICTED", reason: { key: "judgement.reason.contradictedDecisive" } });
    expect(final(f, "cont")).toMatchObject({ status: "CONTRADICTED", reason: { key: "judgement.reason.breachedDecisive" } });
  });
});

describe("exclusive answers of one question", () => {
  const maintained = expectation("maintained", { kind: "CONTINUITY", questionGroup: "rok-us", deadline: d("2029-01-20") });
  const weakened = expectation("weakened", { kind: "OCCURRENCE", questionGroup: "rok-us", deadline: d("2029-01-20") });

  it("the losing answer is ruled out, its own net kept as context, not contradicted", () => {
    // Example 5: a decisive A1 report of an announced USFK reduction confirms "weakened"; "maintained" had net 3.6 (2 × A1 + 2 × B1 0.8).
    const f = facts({
      expectations: [maintained, weakened],
      links: [
        link("maintained", "2025-03-01", "STRONGLY_SUPPORTS"),
        link("maintained", "2025-04-01", "STRONGLY_SUPPORTS", { grade: "B1" }),
        link("weakened", "2025-10-01", "STRONGLY_SUPPORTS", { decisive: "MEETS_CONFIRMING" }),
      ],
    });
    expect(final(f, "weakened").status).toBe("CONFIRMED");
    expect(final(f, "maintained")).toMatchObject({ status: "RULED_OUT", net: 3.6, reason: { key: "judgement.reason.ruledOut" } });
    expect(history(f, "maintained").at(-1)).toEqual(["2025-10-01", "LEANING_CONFIRMED", "RULED_OUT"]);
  });
});

describe("conditional expectations", () => {
  const talks = expectation("talks", { kind: "OCCURRENCE", deadline: d("2029-01-20") });
  const results = expectation("results", { kind: "CONTINUITY", conditionId: "talks", deadline: d("2029-01-20") });

  it("wait for their condition, showing what they wait for and the net they would have", () => {
    // Example 6: net 3.6 on "no substantial results" while talks have not resumed: pending, waiting for "talks".
    const f = facts({
      expectations: [talks, results],
      links: [link("results", "2025-05-01", "STRONGLY_SUPPORTS"), link("results", "2025-06-01", "STRONGLY_SUPPORTS", { grade: "B1" })],
    });
    expect(final(f, "results")).toMatchObject({ status: "PENDING", net: 3.6, waiting: { kind: "condition", conditionId: "talks" } });
  });

  it("are judged from the day the condition is confirmed, and void when it is contradicted", () => {
    const f = facts({
      expectations: [talks, results],
      links: [link("results", "2025-05-01", "STRONGLY_SUPPORTS"), link("talks", "2025-09-01", "STRONGLY_SUPPORTS", { decisive: "MEETS_CONFIRMING" })],
    });
    expect(history(f, "results")).toEqual([["2025-09-01", "PENDING", "LEANING_CONFIRMED"]]);
    const failed = facts({ expectations: [talks, results], links: [link("talks", "2025-09-01", "STRONGLY_CONTRADICTS", { decisive: "MEETS_CONTRADICTING" })] });
    expect(history(failed, "results")).toEqual([["2025-09-01", "PENDING", "VOID"]]);
  });
});

describe("time", () => {
  const e = expectation("x", { kind: "OCCURRENCE" });

  it("'as known then' leaves out evidence logged after the day, 'as happened' counts it on its own day", () => {
    const late = link("x", "2025-06-01", "STRONGLY_SUPPORTS", { loggedOn: "2025-11-20" });
    const f = facts({ expectations: [e], links: [late, link("x", "2025-06-02", "SUPPORTS")] });
    expect(replay(f, { until: d("2025-07-01") }).final.get("x")).toMatchObject({ status: "CONFIRMED", net: 3 });
    expect(replay(f, { until: d("2025-07-01"), knownBy: at("2025-07-01T23:59:59Z") }).final.get("x")).toMatchObject({ status: "LEANING_CONFIRMED", net: 1 });
  });

  it("a removed link counts in 'as known then' for days before its removal only", () => {
    const removed = link("x", "2025-06-01", "STRONGLY_SUPPORTS", { loggedOn: "2025-06-01", removedOn: "2025-08-01" });
    const f = facts({ expectations: [e], links: [removed] });
    expect(replay(f, { until: d("2025-07-01"), knownBy: at("2025-07-01T23:59:59Z") }).final.get("x")!.net).toBe(2);
    expect(replay(f, { until: d("2025-07-01") }).final.get("x")!.net).toBe(0);
  });

  it("the daily series runs from the first event to the last day, with every day present", () => {
    const f = facts({ expectations: [e], links: [link("x", "2025-06-01", "SUPPORTS"), link("x", "2025-06-04", "SUPPORTS")] });
    const series = replay(f, { until: d("2025-06-05"), series: true }).series.get("x")!;
    expect(series.map((p) => p.net)).toEqual([1, 1, 1, 2, 2]);
    expect(series.map((p) => p.day)).toEqual([d("2025-06-01"), d("2025-06-02"), d("2025-06-03"), d("2025-06-04"), d("2025-06-05")]);
  });

  it("an override holds from its moment; a release returns to the rule", () => {
    const f = facts({
      expectations: [e],
      links: [link("x", "2025-06-01", "SUPPORTS"), link("x", "2025-07-01", "SUPPORTS", { loggedOn: "2025-07-02" })],
      overrides: [
        { expectationId: "x", mode: "OVERRIDE", status: "CONFIRMED", at: at("2025-06-10") },
        { expectationId: "x", mode: "RELEASE", status: "CONFIRMED", at: at("2025-08-01") },
      ],
    });
    const changes = replay(f, { until: today }).changes.get("x")!;
    // The jump to the analyst's status and the return on release are the analyst's rows, not the job's.
    expect(changes.map((c) => [c.to, c.byOverride])).toEqual([
      ["LEANING_CONFIRMED", false],
      ["CONFIRMED", true],
      ["LEANING_CONFIRMED", true],
    ]);
    const during = replay({ ...f, overrides: f.overrides.slice(0, 1) }, { until: d("2025-07-15") }).final.get("x")!;
    expect(during).toMatchObject({ status: "CONFIRMED", overridden: true, needsReview: true });
  });
});
