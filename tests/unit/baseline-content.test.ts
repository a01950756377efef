// The IFES 2025 baseline says what the survey says: its figures, its themes,
// the kinds and conditions design.md assigns, and criteria a reviewer can apply,
// in English and in Korean.
import { describe, expect, it } from "vitest";
import { SeedBaselineSchema, type SeedBaseline, type SeedExpectation } from "../../lib/baseline/seed-schema";
import { THEME_KEYS } from "../../lib/expectations/themes";
import { ifes2025Baseline } from "../../prisma/baseline/ifes-2025";

const baseline = SeedBaselineSchema.parse(ifes2025Baseline);
const byKey = new Map(baseline.expectations.map((e) => [e.key, e]));
function get(key: string): SeedExpectation {
  const e = byKey.get(key);
  if (!e) throw new Error(`no expectation ${key}`);
  return e;
}

describe("IFES 2025 baseline: survey", () => {
  it("parses against the seed schema", () => {
    expect(SeedBaselineSchema.safeParse(ifes2025Baseline).success).toBe(true);
  });

  it("carries the survey's metadata", () => {
    const s = baseline.survey;
    expect(s.slug).toBe("ifes-2025-01");
    expect(s.organisation).toContain("Institute for Far Eastern Studies");
    expect(s.panelSize).toBe(40);
    expect(s.mode).toBe("online");
    expect(s.fieldworkStart).toBe("2025-01-10");
    expect(s.fieldworkEnd).toBe("2025-01-20");
    expect(s.publishedOn).toBe("2025-02-05");
    expect(s.sourceReference).toMatch(/Asia Business Daily/);
    expect(s.sourceReference).toMatch(/asiae\.co\.kr/);
  });
});

describe("IFES 2025 baseline: expectations", () => {
  it("has at least 7 expectations covering all three themes", () => {
    expect(baseline.expectations.length).toBeGreaterThanOrEqual(7);
    expect(new Set(baseline.expectations.map((e) => e.theme))).toEqual(new Set(THEME_KEYS));
  });

  it("puts each required key in its theme", () => {
    const themes: Record<string, string> = {
      "us-reaches-out": "us-dprk-talks",
      "talks-resume": "us-dprk-talks",
      "arms-control-agenda": "us-dprk-talks",
      "no-substantial-results": "us-dprk-talks",
      "kim-takes-his-time": "us-dprk-talks",
      "inter-korean-tension-persists": "inter-korean",
      "alliance-maintained": "rok-us-alliance",
      "alliance-weakened": "rok-us-alliance",
    };
    for (const [key, theme] of Object.entries(themes)) expect(get(key).theme, key).toBe(theme);
  });

  it("carries the survey's shares, and none where it gives none", () => {
    expect(get("no-substantial-results").panelShare).toBe(0.7);
    expect(get("inter-korean-tension-persists").panelShare).toBe(0.6);
    expect(get("alliance-maintained").panelShare).toBe(0.58);
    expect(get("alliance-weakened").panelShare).toBe(0.4);
    for (const key of ["us-reaches-out", "talks-resume", "arms-control-agenda", "kim-takes-his-time"]) expect(get(key).panelShare, key).toBeNull();
  });

  it("models ROK–US relations as one question with exactly two exclusive answers", () => {
    const group = baseline.expectations.filter((e) => e.questionGroup === "rok-us-relations");
    expect(group.map((e) => e.key).sort()).toEqual(["alliance-maintained", "alliance-weakened"]);
    expect(get("alliance-maintained").answerLabel).toBe("Maintained at the current level");
    expect(get("alliance-weakened").answerLabel).toBe("Weakened");
    expect(group.reduce((sum, e) => sum + (e.panelShare ?? 0), 0)).toBeLessThanOrEqual(1);
    expect(baseline.expectations.filter((e) => e.questionGroup !== null)).toHaveLength(2);
  });

  it("makes the 'even if talks resume' expectations conditional on talks-resume", () => {
    expect(get("no-substantial-results").conditionKey).toBe("talks-resume");
    expect(get("arms-control-agenda").conditionKey).toBe("talks-resume");
    expect(get("talks-resume").conditionKey).toBeNull();
  });

  it("assigns OCCURRENCE and CONTINUITY as designed", () => {
    const kinds: Record<string, SeedExpectation["kind"]> = {
      "us-reaches-out": "OCCURRENCE",
      "talks-resume": "OCCURRENCE",
      "arms-control-agenda": "OCCURRENCE",
      "no-substantial-results": "CONTINUITY",
      "kim-takes-his-time": "CONTINUITY",
      "inter-korean-tension-persists": "CONTINUITY",
      "alliance-maintained": "CONTINUITY",
      "alliance-weakened": "OCCURRENCE",
    };
    for (const [key, kind] of Object.entries(kinds)) expect(get(key).kind, key).toBe(kind);
  });

  it("sets the deadlines: one year in for 'soon', the end of the term otherwise", () => {
    expect(get("us-reaches-out").deadline).toBe("2026-01-20");
    expect(get("kim-takes-his-time").deadline).toBe("2026-01-20");
    for (const key of [
      "talks-resume",
      "arms-control-agenda",
      "no-substantial-results",
      "inter-korean-tension-persists",
      "alliance-maintained",
      "alliance-weakened",
    ])
      expect(get(key).deadline, key).toBe("2029-01-20");
  });

  it("keeps the reasons the survey cites", () => {
    expect(get("us-reaches-out").reasons.join(" ")).toMatch(/Nobel/);
    expect(get("us-reaches-out").reasons.join(" ")).toMatch(/loyalist/i);
    expect(get("no-substantial-results").reasons.join(" ")).toMatch(/Ukraine/);
    expect(get("inter-korean-tension-persists").reasons).toHaveLength(3);
    expect(get("alliance-weakened").reasons.join(" ")).toMatch(/troop/);
    expect(get("alliance-maintained").reasons).toEqual([]); // the survey gives none
  });

  it("gives every expectation a deadline and criteria a reviewer can apply", () => {
    for (const e of baseline.expectations) {
      expect(e.deadline, e.key).not.toBeNull();
      expect(e.resolutionCriteria.length, e.key).toBeGreaterThanOrEqual(200);
      expect(e.resolutionCriteria, e.key).toMatch(/Confirming/);
      expect(e.resolutionCriteria, e.key).toMatch(/Contradicting/);
      // What the deadline does, matching the kind's deadline rule.
      const atDeadline = e.kind === "OCCURRENCE" ? /if not confirmed, it is contradicted/ : /if not contradicted, it is confirmed/;
      expect(e.resolutionCriteria, e.key).toMatch(atDeadline);
    }
  });
});

// Hangul syllables: Korean text must actually be Korean, not English pasted in.
const HANGUL = /[\uAC00-\uD7A3]/;

describe("IFES 2025 baseline: Korean", () => {
  it("names the survey and its organisation in Korean", () => {
    expect(baseline.survey.titleKo).toMatch(HANGUL);
    expect(baseline.survey.organisationKo).toMatch(HANGUL);
    expect(baseline.survey.organisationKo).toContain("경남대학교 극동문제연구소");
  });

  it("gives every expectation a Korean statement, criteria and reasons", () => {
    for (const e of baseline.expectations) {
      expect(e.statementKo, e.key).toMatch(HANGUL);
      expect(e.resolutionCriteriaKo, e.key).toMatch(HANGUL);
      expect(e.reasonsKo, e.key).toHaveLength(e.reasons.length);
      for (const reason of e.reasonsKo) expect(reason, e.key).toMatch(HANGUL);
    }
  });

  it("labels exactly the answers that have an English label, in Korean", () => {
    for (const e of baseline.expectations) {
      expect(e.answerLabelKo === null, e.key).toBe(e.answerLabel === null);
      if (e.answerLabelKo !== null) expect(e.answerLabelKo, e.key).toMatch(HANGUL);
    }
    expect(get("alliance-maintained").answerLabelKo).not.toBe(get("alliance-weakened").answerLabelKo);
  });

  it("keeps the Korean criteria as concrete as the English ones", () => {
    for (const e of baseline.expectations) {
      expect(e.resolutionCriteriaKo.length, e.key).toBeGreaterThanOrEqual(100);
      expect(e.resolutionCriteriaKo, e.key).toMatch(/확인 근거/);
      expect(e.resolutionCriteriaKo, e.key).toMatch(/반증 근거/);
      // The same deadline rule as the English criteria, by kind.
      const atDeadline = e.kind === "OCCURRENCE" ? /기한[^.]*까지 확인되지 않으면 반증으로 판정/ : /기한까지 반증되지 않으면 확인으로 판정/;
      expect(e.resolutionCriteriaKo, e.key).toMatch(atDeadline);
      // Conditional expectations say so in Korean too.
      if (e.conditionKey) expect(e.resolutionCriteriaKo, e.key).toMatch(/무효/);
    }
  });

  it("carries the survey's reasons into Korean", () => {
    expect(get("us-reaches-out").reasonsKo.join(" ")).toMatch(/노벨평화상/);
    expect(get("us-reaches-out").reasonsKo.join(" ")).toMatch(/충성파/);
    expect(get("no-substantial-results").reasonsKo.join(" ")).toMatch(/우크라이나/);
    expect(get("alliance-weakened").reasonsKo.join(" ")).toMatch(/주한미군/);
    expect(get("alliance-weakened").reasonsKo.join(" ")).toMatch(/방위비 분담금/);
  });
});

describe("the seed schema rejects bad content", () => {
  const clone = (): SeedBaseline => structuredClone(ifes2025Baseline);
  const messages = (b: unknown) => {
    const result = SeedBaselineSchema.safeParse(b);
    expect(result.success).toBe(false);
    return result.error!.issues.map((i) => i.message).join("\n");
  };

  it("rejects a duplicate key", () => {
    const b = clone();
    b.expectations.push({ ...b.expectations[0]! });
    expect(messages(b)).toMatch(/duplicate key us-reaches-out/);
  });

  it("rejects an unknown conditionKey", () => {
    const b = clone();
    b.expectations.find((e) => e.key === "no-substantial-results")!.conditionKey = "talks-resumed";
    expect(messages(b)).toMatch(/unknown expectation talks-resumed/);
  });

  it("rejects a share above 1", () => {
    const b = clone();
    b.expectations.find((e) => e.key === "inter-korean-tension-persists")!.panelShare = 1.4;
    expect(SeedBaselineSchema.safeParse(b).success).toBe(false);
  });

  it("rejects exclusive answers whose shares add up to more than 1", () => {
    const b = clone();
    b.expectations.find((e) => e.key === "alliance-weakened")!.panelShare = 0.5;
    expect(messages(b)).toMatch(/add up to more than 1/);
  });

  it("rejects conditions that loop", () => {
    const b = clone();
    b.expectations.find((e) => e.key === "talks-resume")!.conditionKey = "no-substantial-results";
    expect(messages(b)).toMatch(/loop/);
  });

  it("rejects a deadline before publication", () => {
    const b = clone();
    b.expectations[0]!.deadline = "2025-01-01";
    expect(messages(b)).toMatch(/deadline must fall after publication/);
  });

  it("rejects Korean reasons that do not match the English ones one to one", () => {
    const b = clone();
    const e = b.expectations.find((x) => x.key === "inter-korean-tension-persists")!;
    e.reasonsKo = e.reasonsKo.slice(0, 2);
    expect(messages(b)).toMatch(/reasonsKo must match reasons one to one \(reasons: 3, reasonsKo: 2\)/);

    const extra = clone();
    extra.expectations.find((x) => x.key === "alliance-maintained")!.reasonsKo = ["근거 없음"];
    expect(messages(extra)).toMatch(/reasonsKo must match reasons one to one \(reasons: 0, reasonsKo: 1\)/);
  });

  it("rejects a Korean answer label without an English one, and the reverse", () => {
    const missing = clone();
    missing.expectations.find((e) => e.key === "alliance-weakened")!.answerLabelKo = null;
    expect(messages(missing)).toMatch(/answerLabelKo is set exactly when answerLabel is/);

    const stray = clone();
    stray.expectations.find((e) => e.key === "talks-resume")!.answerLabelKo = "재개";
    expect(messages(stray)).toMatch(/answerLabelKo is set exactly when answerLabel is/);
  });

  it("requires the Korean texts", () => {
    const b = clone() as unknown as { survey: Record<string, unknown>; expectations: Record<string, unknown>[] };
    delete b.expectations[0]!.statementKo;
    expect(SeedBaselineSchema.safeParse(b).success).toBe(false);
    const noTitle = clone() as unknown as { survey: Record<string, unknown> };
    delete noTitle.survey.titleKo;
    expect(SeedBaselineSchema.safeParse(noTitle).success).toBe(false);
    const noCriteria = clone();
    noCriteria.expectations[0]!.resolutionCriteriaKo = "";
    expect(SeedBaselineSchema.safeParse(noCriteria).success).toBe(false);
  });
});
