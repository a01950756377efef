// One story from two outlets waits once in the inbox; different stories, or
// the same words a week apart, do not group.
import { describe, expect, it } from "vitest";
import { groupNearDuplicates } from "../../lib/inbox/group-near-duplicates";
import { likeness, words } from "../../lib/inbox/similarity";

const at = (day: string) => new Date(`${day}T09:00:00Z`);
const item = (id: string, title: string, day = "2025-06-02") => ({ id, title, fetchedAt: at(day) });

describe("near-duplicate items", () => {
  it("groups one story told by two outlets under the newest, and leaves other stories alone", () => {
    const groups = groupNearDuplicates([
      item("wire", "Pentagon weighs USFK troop reduction of 4,500"),
      item("yonhap", "Pentagon weighs reduction of 4,500 USFK troops"),
      item("tariff", "US announces 25% tariff on Korean cars"),
      item("yonhap-ko", "미 국방부, 주한미군 4500명 감축 검토"),
      item("chosun-ko", "미 국방부 주한미군 4500명 감축 검토"),
    ]);
    expect(groups.map((g) => [g.lead.id, g.others.map((o) => o.id)])).toEqual([
      ["wire", ["yonhap"]],
      ["tariff", []],
      ["yonhap-ko", ["chosun-ko"]],
    ]);
  });

  it("does not group the same words a week apart: a later story, not a copy", () => {
    const groups = groupNearDuplicates([
      item("late", "North Korea fires ballistic missile into East Sea", "2025-06-10"),
      item("early", "North Korea fires ballistic missile into East Sea"),
    ]);
    expect(groups).toHaveLength(2);
  });

  it("measures likeness by shared words, ignoring case, punctuation and filler words", () => {
    expect(likeness(words("The summit is ON"), words("summit on?"))).toBe(1);
    expect(likeness(words("Trump sends letter to Kim"), words("Kim replies to Trump's letter"))).toBeGreaterThan(0.3);
    expect(likeness(words("tariff"), words("summit"))).toBe(0);
    expect(likeness(words(""), words("summit"))).toBe(0);
  });
});
