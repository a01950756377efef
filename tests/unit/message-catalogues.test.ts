// Every string a person reads comes from the catalogues, in both languages.
import { describe, expect, it } from "vitest";
import en from "../../lib/i18n/messages/en.json";
import ko from "../../lib/i18n/messages/ko.json";
import { RELIABILITY_KEYS, CREDIBILITY_VALUES } from "../../lib/developments/admiralty";
import { EVENT_TYPE_KEYS } from "../../lib/developments/event-types";
import { STANCE_KEYS } from "../../lib/evidence/stances";
import { THEME_KEYS } from "../../lib/expectations/themes";
import { ROLES } from "../../lib/auth/roles";
import { DATE_PRECISIONS, DECISIVE_MARKS, EXPECTATION_KINDS, FEED_STATUSES, NOTIFICATION_KINDS, STATUSES } from "../../lib/vocabulary";
import { keysUsedInCode, leafKeys, missingKeys, type Catalogue } from "../../scripts/lib/catalogue-check";

const catalogues = { en: en as Catalogue, ko: ko as Catalogue };

// Keys the code builds from a value (t(`status.${status}`)): every value must have one.
const TEMPLATE_KEYS = [
  ...STATUSES.map((s) => `status.${s}`),
  ...EXPECTATION_KINDS.map((k) => `kind.${k}`),
  ...NOTIFICATION_KINDS.map((k) => `notifications.kind.${k}`),
  ...FEED_STATUSES.map((s) => `feeds.statuses.${s}`),
  ...DECISIVE_MARKS.map((m) => `evidence.decisiveMark.${m}`),
  ...STANCE_KEYS.map((s) => `stances.${s}`),
  ...EVENT_TYPE_KEYS.flatMap((k) => [`eventTypes.${k}.label`, `eventTypes.${k}.hint`]),
  ...THEME_KEYS.map((k) => `themes.${k}`),
  ...ROLES.flatMap((r) => [`roles.${r}`, `roles.describe.${r}`]),
  ...RELIABILITY_KEYS.flatMap((k) => [`admiralty.reliability.${k}.label`, `admiralty.reliability.${k}.hint`]),
  ...CREDIBILITY_VALUES.flatMap((v) => [`admiralty.credibility.${v}.label`, `admiralty.credibility.${v}.hint`]),
  ...["created", "title", "date", "datePrecision", "eventType", "summary", "actors", "tags", "sources"].map((c) => `development.changed.${c}`),
  ...["created", "updated", "restored"].map((s) => `development.saved.${s}`),
  ...DATE_PRECISIONS.map((p) => `developmentForm.precision.${p}`),
  ...[
    "form",
    "q",
    "from",
    "to",
    "eventType",
    "actor",
    "tag",
    "expectation",
    "stance",
    "minReliability",
    "deleted",
    "includeDeleted",
    "onlyDeleted",
    "apply",
    "clear",
  ].map((k) => `developments.filters.${k}`),
];

describe("message catalogues", () => {
  it("have the same keys in Korean and English", () => {
    expect(missingKeys(catalogues)).toEqual({ en: [], ko: [] });
  });

  it("catch a key removed from one language (the check can fail)", () => {
    const broken = structuredClone(catalogues);
    delete (broken.ko.nav as Record<string, unknown>).signOut;
    expect(missingKeys(broken)).toEqual({ en: [], ko: ["nav.signOut"] });
    // Restored: the real catalogues are untouched and complete.
    expect(missingKeys(catalogues).ko).toEqual([]);
  });

  it("hold every key the code uses", () => {
    const known = new Set(leafKeys(catalogues.en));
    const used = keysUsedInCode(["app", "lib"]);
    expect(used.length).toBeGreaterThan(100);
    const unknown = [...used.filter((u) => !known.has(u.key)).map((u) => `${u.key} (${u.file})`), ...TEMPLATE_KEYS.filter((k) => !known.has(k))];
    expect(unknown).toEqual([]);
  });

  it("have no empty text", () => {
    for (const catalogue of Object.values(catalogues)) {
      const empty = leafKeys(catalogue).filter((k) => k.split(".").reduce<unknown>((node, part) => (node as Catalogue)[part], catalogue) === "");
      expect(empty).toEqual([]);
    }
  });
});
