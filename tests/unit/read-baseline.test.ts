// The baseline reader alone: JSON and YAML give the same baseline, problems
// carry field paths, and what a YAML file could abuse is refused.
import fs from "node:fs";
import path from "node:path";
import { stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { fieldPath, formatOf, readBaseline } from "../../lib/baseline/read-baseline";

const yamlText = fs.readFileSync(path.join(__dirname, "../fixtures/baselines/test-institute-2025.yaml"), "utf8");

describe("readBaseline", () => {
  it("reads the same baseline from YAML and from JSON", () => {
    const fromYaml = readBaseline(yamlText, "yaml");
    expect(fromYaml.ok).toBe(true);
    if (!fromYaml.ok) return;
    const fromJson = readBaseline(JSON.stringify(fromYaml.baseline), "json");
    expect(fromJson).toEqual(fromYaml);
    expect(fromYaml.baseline.expectations).toHaveLength(4);
    expect(fromYaml.baseline.survey.fieldworkStart).toBe("2025-03-01"); // a day stays a string
  });

  it("names problems by field path, including a misspelt field", () => {
    const read = readBaseline(yamlText.replace("    kind: CONTINUITY\n", "    kind: CONTINUITY\n    knd: CONTINUITY\n"), "yaml");
    expect(read).toEqual({ ok: false, problems: [{ path: "expectations[2]", message: "unknown field knd" }] });
    expect(fieldPath(["expectations", 2, "reasons", 0])).toBe("expectations[2].reasons[0]");
    expect(fieldPath([])).toBe("(file)");
  });

  it("runs the checks across the file once each field is right", () => {
    const read = readBaseline(yamlText.replace("conditionKey: summit-within-two-years", "conditionKey: no-such-key"), "yaml");
    expect(read).toMatchObject({ ok: false, problems: [{ path: "expectations[3].conditionKey", message: "unknown expectation no-such-key" }] });
  });

  it("refuses bad syntax, repeated keys, alias bombs and oversized files, each as a problem of the file", () => {
    expect(readBaseline("{", "json")).toMatchObject({ ok: false, problems: [{ path: "(file)" }] });
    expect(readBaseline("survey: 1\nsurvey: 2\n", "yaml")).toMatchObject({ ok: false, problems: [{ path: "(file)" }] });
    const bomb = [
      "a: &a [x, x, x, x, x, x, x, x, x]",
      ...Array.from(
        { length: 8 },
        (_, i) =>
          `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9)
            .fill(`*${String.fromCharCode(97 + i)}`)
            .join(", ")}]`,
      ),
    ].join("\n");
    expect(readBaseline(bomb, "yaml")).toMatchObject({ ok: false, problems: [{ path: "(file)" }] });
    expect(readBaseline(`# ${"x".repeat(210 * 1024)}\n${yamlText}`, "yaml")).toMatchObject({
      ok: false,
      problems: [{ path: "(file)", message: /larger than/ }],
    });
    expect(readBaseline(stringify({ survey: {}, expectations: [] }), "yaml").ok).toBe(false);
  });

  it("tells the format by the file's name", () => {
    expect(formatOf("ifes.YAML")).toBe("yaml");
    expect(formatOf("ifes.yml")).toBe("yaml");
    expect(formatOf("ifes.json")).toBe("json");
    expect(formatOf("ifes")).toBe("json");
  });
});
