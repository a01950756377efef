// One definition per word (docs/decisions/0042): the lists the forms, filters
// and catalogues use are the schema's enums, and no code casts a string into
// one of those words instead of checking it.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import * as Enums from "../../lib/generated/prisma/enums";
import { RELIABILITY_KEYS } from "../../lib/developments/admiralty";
import { EVENT_TYPE_KEYS } from "../../lib/developments/event-types";
import { STANCE_KEYS } from "../../lib/evidence/stances";
import { DATE_PRECISIONS, DECISIVE_MARKS, EXPECTATION_KINDS, NOTIFICATION_KINDS, STATUSES, wordOf } from "../../lib/vocabulary";

const ROOT = path.resolve(import.meta.dirname, "../..");
const WORD_TYPES =
  /\bas (Status|Stance|Kind|Decisive|ExpectationStatus|ExpectationKind|DatePrecision|EventTypeKey|ReliabilityKey|StanceKey|NotificationKind|ChangeMode|HandMode)\b|as "OVERRIDE"/;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) return rel === path.join("lib", "generated") ? [] : sourceFiles(rel);
    return /\.tsx?$/.test(entry.name) ? [rel] : [];
  });
}

describe("the vocabulary", () => {
  it("lists exactly the schema's enum values, in the schema's order", () => {
    expect(STATUSES).toEqual(Object.values(Enums.ExpectationStatus));
    expect(EXPECTATION_KINDS).toEqual(Object.values(Enums.ExpectationKind));
    expect(DATE_PRECISIONS).toEqual(Object.values(Enums.DatePrecision));
    expect(EVENT_TYPE_KEYS).toEqual(Object.values(Enums.EventType));
    expect(RELIABILITY_KEYS).toEqual(Object.values(Enums.SourceReliability));
    expect(STANCE_KEYS).toEqual(Object.values(Enums.Stance));
    expect(DECISIVE_MARKS).toEqual(Object.values(Enums.DecisiveMark));
    expect(NOTIFICATION_KINDS).toEqual(Object.values(Enums.NotificationKind));
  });

  it("refuses a word read back from SQL that the schema does not know, naming the column", () => {
    expect(wordOf(STANCE_KEYS, "SUPPORTS", "EvidenceLink.stance")).toBe("SUPPORTS");
    expect(() => wordOf(STANCE_KEYS, "supports", "EvidenceLink.stance")).toThrow(/EvidenceLink\.stance value "supports"/);
  });

  it("is never cast into: no `as Status` and the like in app/, lib/ or jobs/", () => {
    const casts = ["app", "lib", "jobs"]
      .flatMap(sourceFiles)
      .flatMap((file) =>
        fs
          .readFileSync(path.join(ROOT, file), "utf8")
          .split("\n")
          .map((line, i) => ({ file, line: i + 1, text: line })),
      )
      .filter(({ text }) => WORD_TYPES.test(text))
      .map(({ file, line }) => `${file}:${line}`);
    expect(casts).toEqual([]);
  });
});
