// The judgement rule, version 1, case by case (docs/design.md).
import { describe, expect, it } from "vitest";
import { judge, type EvidenceItem, type JudgeInput } from "../../lib/judgement/evaluate";
import { judgeAll, type ExpectationFacts } from "../../lib/judgement/judge-all";

const day = (s: string) => new Date(`${s}T00:00:00Z`);
let n = 0;
const link = (stance: string, occurredOn: string, grade = "A1", linkedAt = occurredOn): EvidenceItem => ({
  linkId: `l${++n}`,
  developmentId: `d${n}`,
  occurredOn: day(occurredOn),
  linkedAt: day(linkedAt),
  stance,
  sources: [{ reliability: grade[0]!, credibility: Number(grade[1]) }],
});
const base = (over: Partial<JudgeInput> = {}): JudgeInput => ({
  kind: "OCCURRENCE",
  deadline: day("2029-01-20"),
  confirmThreshold: 3,
  contradictThreshold: -3,
  evidence: [],
  now: day("2025-12-31"),
  ...over,
});

describe("weights and thresholds", () => {
  it("weighs stance by the best-graded source of each development", () => {
    // SUPPORTS (+1) x B (0.8) x 2 (0.8) = 0.64, the C3 source of the same development is ignored.
    const evidence = [{ ...link("SUPPORTS", "2025-05-01"), sources: [{ reliability: "C", credibility: 3 }, { reliability: "B", credibility: 2 }] }];
    expect(judge(base({ evidence })).netScore).toBe(0.64);
  });

  it.each([
    [["SUPPORTS"], 1, "LEANING_CONFIRMED"],
    [["STRONGLY_SUPPORTS"], 2, "LEANING_CONFIRMED"],
    [["STRONGLY_SUPPORTS", "SUPPORTS"], 3, "CONFIRMED"],
    [["NEUTRAL"], 0, "PENDING"],
    [["CONTRADICTS"], -1, "LEANING_CONTRADICTED"],
    [["STRONGLY_CONTRADICTS", "CONTRADICTS"], -3, "CONTRADICTED"],
  ])("stances %j with A1 sources make net %d: %s", (stances, net, status) => {
    const result = judge(base({ evidence: stances.map((s) => link(s, "2025-05-01")) }));
    expect(result.netScore).toBe(net);
    expect(result.status).toBe(status);
  });

  it("uses each expectation's own thresholds, and says why with the numbers", () => {
    const evidence = [link("STRONGLY_SUPPORTS", "2025-05-01"), link("SUPPORTS", "2025-05-02")];
    expect(judge(base({ evidence, confirmThreshold: 4 })).status).toBe("LEANING_CONFIRMED");
    expect(judge(base({ evidence })).reason).toBe("judgement.reason.confirmed|net=3|confirm=3|contradict=-3");
    expect(judge(base({ evidence })).evidenceIds).toHaveLength(2);
  });
});

describe("deadlines", () => {
  it("contradicts an OCCURRENCE expectation not confirmed by its deadline", () => {
    const input = base({ deadline: day("2026-01-20"), evidence: [link("SUPPORTS", "2025-05-01")] });
    expect(judge({ ...input, now: day("2026-01-19") }).status).toBe("LEANING_CONFIRMED");
    const after = judge({ ...input, now: day("2026-01-20") });
    expect(after.status).toBe("CONTRADICTED");
    expect(after.reason).toMatch(/^judgement\.reason\.deadlineMissed/);
  });

  it("confirms a CONTINUITY expectation not contradicted by its deadline", () => {
    const input = base({ kind: "CONTINUITY", deadline: day("2026-01-20"), evidence: [link("CONTRADICTS", "2025-05-01")] });
    expect(judge({ ...input, now: day("2026-01-20") }).status).toBe("CONFIRMED");
    const contradicted = { ...input, evidence: [link("STRONGLY_CONTRADICTS", "2025-05-01"), link("STRONGLY_CONTRADICTS", "2025-06-01")] };
    expect(judge({ ...contradicted, now: day("2026-01-20") }).status).toBe("CONTRADICTED");
  });
});

describe("conditions and exclusive answers", () => {
  const facts = (id: string, over: Partial<ExpectationFacts> = {}): ExpectationFacts => ({
    id,
    kind: "OCCURRENCE",
    deadline: day("2029-01-20"),
    confirmThreshold: 3,
    contradictThreshold: -3,
    conditionId: null,
    questionGroup: null,
    evidence: [],
    override: null,
    ...over,
  });

  it("keeps a conditional expectation pending until its condition is confirmed, then judges it", () => {
    const strong = [link("STRONGLY_SUPPORTS", "2025-05-01"), link("STRONGLY_SUPPORTS", "2025-05-02")];
    const talks = facts("talks");
    const noResults = facts("no-results", { kind: "CONTINUITY", conditionId: "talks", evidence: strong });
    const before = judgeAll([noResults, talks], day("2025-12-31"));
    expect(before.get("no-results")).toMatchObject({ status: "PENDING", netScore: 4 });
    expect(before.get("no-results")!.reason).toMatch(/^judgement\.reason\.conditionOpen/);
    const after = judgeAll([noResults, { ...talks, evidence: strong }], day("2025-12-31"));
    expect(after.get("no-results")!.status).toBe("CONFIRMED");
  });

  it("voids a conditional expectation whose condition is contradicted, never contradicting it", () => {
    const talks = facts("talks", { evidence: [link("STRONGLY_CONTRADICTS", "2025-05-01"), link("STRONGLY_CONTRADICTS", "2025-06-01")] });
    const noResults = facts("no-results", { kind: "CONTINUITY", conditionId: "talks", evidence: [link("STRONGLY_CONTRADICTS", "2025-05-01")] });
    const result = judgeAll([noResults, talks], day("2025-12-31"));
    expect(result.get("talks")!.status).toBe("CONTRADICTED");
    expect(result.get("no-results")).toMatchObject({ status: "VOID", reason: "judgement.reason.conditionFailed" });
  });

  it("contradicts the other answers of a question when one is confirmed", () => {
    const maintained = facts("maintained", { kind: "CONTINUITY", questionGroup: "q", evidence: [link("STRONGLY_SUPPORTS", "2025-05-01"), link("SUPPORTS", "2025-05-02")] });
    const weakened = facts("weakened", { questionGroup: "q", evidence: [link("SUPPORTS", "2025-05-01")] });
    const result = judgeAll([maintained, weakened], day("2025-12-31"));
    expect(result.get("maintained")!.status).toBe("CONFIRMED");
    expect(result.get("weakened")).toMatchObject({ status: "CONTRADICTED", reason: "judgement.reason.siblingConfirmed" });
  });
});

describe("overrides", () => {
  it("keeps an analyst's status until newer evidence arrives, then flags it for review without applying it", () => {
    const override = { status: "CONFIRMED" as const, at: day("2025-06-01") };
    const older = link("CONTRADICTS", "2025-05-01", "A1", "2025-05-02");
    const kept = judge(base({ evidence: [older], override }));
    expect(kept).toMatchObject({ status: "CONFIRMED", needsReview: false, reason: "judgement.reason.override" });
    const newer = link("STRONGLY_CONTRADICTS", "2025-06-05", "A1", "2025-06-06");
    const flagged = judge(base({ evidence: [older, newer], override }));
    expect(flagged).toMatchObject({ status: "CONFIRMED", needsReview: true, netScore: -3 });
  });
});

describe("as of a past date", () => {
  it("ignores evidence from after the date", () => {
    const evidence = [link("STRONGLY_SUPPORTS", "2025-03-01"), link("STRONGLY_SUPPORTS", "2025-06-15")];
    expect(judge(base({ evidence, now: day("2025-03-31") }))).toMatchObject({ status: "LEANING_CONFIRMED", netScore: 2 });
    expect(judge(base({ evidence, now: day("2025-06-30") }))).toMatchObject({ status: "CONFIRMED", netScore: 4 });
  });
});
