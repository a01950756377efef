// Diagnosticity and the matrix's rows on worked cases.
import { describe, expect, it } from "vitest";
import { buildMatrix, diagnosticity } from "../../lib/instruments/matrix";
import { d, expectation, facts, link } from "../support/rule-facts";

const kept = expectation("maintained", { kind: "CONTINUITY", questionGroup: "q" });
const weak = expectation("weakened", { questionGroup: "q" });

describe("diagnosticity", () => {
  it("scores zero for a development supporting both answers of one question", () => {
    expect(diagnosticity([1, 1])).toBe(0);
    expect(diagnosticity([0.64, 0.64])).toBe(0);
  });

  it("scores highest for one supporting one answer and contradicting the other", () => {
    const both = diagnosticity([2, 2]);
    const one = diagnosticity([2, null]);
    const split = diagnosticity([2, -2]);
    expect(split).toBe(4);
    expect(split).toBeGreaterThan(one);
    expect(one).toBeGreaterThan(both);
  });
});

describe("the matrix", () => {
  const f = facts({
    expectations: [kept, weak],
    links: [
      link("maintained", "2025-03-01", "SUPPORTS", { dev: "drill" }),
      link("weakened", "2025-03-01", "SUPPORTS", { dev: "drill" }),
      link("maintained", "2025-05-01", "STRONGLY_CONTRADICTS", { dev: "cut", grade: "B2" }),
      link("weakened", "2025-05-01", "STRONGLY_SUPPORTS", { dev: "cut", grade: "B2" }),
      link("maintained", "2025-09-01", "SUPPORTS", { dev: "summit", grade: "C3" }),
      link("weakened", "2026-02-01", "SUPPORTS", { dev: "later" }),
    ],
  });
  const columns = ["maintained", "weakened"];

  it("sorts rows by diagnosticity, weight or date, one row per development with its cells in column order", () => {
    const rows = buildMatrix(f, { columns, day: d("2025-12-31"), sort: "diagnosticity" });
    expect(rows.map((r) => r.developmentId)).toEqual(["cut", "summit", "drill"]);
    expect(rows[0]!.cells).toEqual([
      { stance: "STRONGLY_CONTRADICTS", decisive: "NONE", weight: -1.28 },
      { stance: "STRONGLY_SUPPORTS", decisive: "NONE", weight: 1.28 },
    ]);
    expect(rows[0]!.diagnosticity).toBe(2.56);
    expect(buildMatrix(f, { columns, day: d("2025-12-31"), sort: "weight" }).map((r) => r.developmentId)).toEqual(["cut", "drill", "summit"]);
    expect(buildMatrix(f, { columns, day: d("2025-12-31"), sort: "date" }).map((r) => r.developmentId)).toEqual(["summit", "cut", "drill"]);
  });

  it("filters by period and grade, and leaves out what happened after the as-of day", () => {
    expect(buildMatrix(f, { columns, day: d("2026-11-29"), sort: "date" })[0]!.developmentId).toBe("later");
    const period = buildMatrix(f, { columns, day: d("2026-11-29"), from: d("2025-04-01"), to: d("2025-10-01"), sort: "date" });
    expect(period.map((r) => r.developmentId)).toEqual(["summit", "cut"]);
    const graded = buildMatrix(f, { columns, day: d("2026-11-29"), minGrade: { reliability: "B", credibility: 2 }, sort: "date" });
    expect(graded.map((r) => r.developmentId)).toEqual(["later", "cut", "drill"]);
  });
});
