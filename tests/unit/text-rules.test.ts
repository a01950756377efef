// The shared schemas refuse text that would be stored and shown as something
// other than what a reader sees, and numbers not written as plain digits.
import { describe, expect, it } from "vitest";
import { makeLogDevelopmentSchema } from "../../lib/developments/schemas";
import { UpdateThresholdsSchema } from "../../lib/expectations/schemas";
import { CreateUserSchema } from "../../lib/users/schemas";

const today = "2026-06-01";
const valid = {
  occurredOn: "2025-03-01",
  datePrecision: "DAY",
  title: "Talks resume",
  eventType: "STATEMENT",
  sources: [{ url: "https://example.org/a", publisher: "Yonhap", reliability: "A", credibility: "2" }],
};
const errorsOf = (input: unknown) => {
  const r = makeLogDevelopmentSchema(today).safeParse(input);
  return r.success ? null : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("text and number rules in the shared schemas", () => {
  it("accepts an ordinary development, with tabs and line breaks in the summary", () => {
    expect(errorsOf({ ...valid, summary: "line one\r\n\tline two" })).toBeNull();
  });

  it.each([
    ["NUL", { title: "Talks\u0000resume" }, "title: validation.controlCharacters"],
    ["escape", { summary: "a\u001b[31mred" }, "summary: validation.controlCharacters"],
    ["bidi override", { title: "Talks \u202Eemuser" }, "title: validation.bidiControls"],
    ["isolate", { title: "x\u2066y" }, "title: validation.bidiControls"],
    ["zero-width space only", { title: "\u200B" }, "title: validation.invisibleOnly"],
    ["invisible publisher", { sources: [{ ...valid.sources[0], publisher: "\u200B\u2060\uFEFF" }] }, "sources.0.publisher: validation.invisibleOnly"],
    ["year 0000", { occurredOn: "0000-01-01" }, "occurredOn: validation.yearRange|min=1900|max=2100"],
    ["year 1899", { occurredOn: "1899-12-31" }, "occurredOn: validation.yearRange|min=1900|max=2100"],
    ["credibility 0x3", { sources: [{ ...valid.sources[0], credibility: "0x3" }] }, "sources.0.credibility: validation.chooseCredibility"],
    ["credibility 3.0", { sources: [{ ...valid.sources[0], credibility: "3.0" }] }, "sources.0.credibility: validation.chooseCredibility"],
    ["credibility 1e0", { sources: [{ ...valid.sources[0], credibility: "1e0" }] }, "sources.0.credibility: validation.chooseCredibility"],
  ])("refuses %s with a field message", (_name, change, message) => {
    expect(errorsOf({ ...valid, ...change })).toContain(message);
  });

  it("refuses hex, exponent and blank thresholds and versions", () => {
    for (const bad of ["0x3", "1e1", " ", "Infinity", "4,5"]) {
      const r = UpdateThresholdsSchema.safeParse({ confirmThreshold: bad, contradictThreshold: "-4", expectedVersion: "1" });
      expect(r.success, bad).toBe(false);
    }
    expect(UpdateThresholdsSchema.safeParse({ confirmThreshold: "4.5", contradictThreshold: -4, expectedVersion: "1" }).success).toBe(true);
    expect(UpdateThresholdsSchema.safeParse({ confirmThreshold: "4", contradictThreshold: "-4", expectedVersion: "0x1" }).success).toBe(false);
  });

  it("refuses a user name of invisible characters or with a bidi override", () => {
    for (const name of ["\u200B\u200C", "Ada \u202E nimda"]) {
      expect(CreateUserSchema.safeParse({ name, email: "a@b.test", password: "long-enough-1", role: "viewer" }).success, name).toBe(false);
    }
  });
});
