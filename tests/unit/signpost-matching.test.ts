// Signposts read English at word starts and Korean anywhere; each expectation
// is proposed once, by its first matching rule, and says which word matched.
import { describe, expect, it } from "vitest";
import { SIGNPOST_DEFAULTS } from "../../lib/signposts/defaults";
import { findPhrase, matchSignposts, type SignpostRule } from "../../lib/signposts/match-signposts";

const rules: SignpostRule[] = Object.entries(SIGNPOST_DEFAULTS).flatMap(([key, list]) =>
  list.map((d, position) => ({
    id: `${key}-${position}`,
    expectationId: key,
    label: d.label,
    terms: d.terms,
    actors: d.actors ?? [],
    eventTypes: d.eventTypes ?? [],
    stance: d.stance,
    position,
  })),
);
const proposed = (text: string, eventType?: string) =>
  Object.fromEntries(matchSignposts(text, rules, eventType).map((m) => [m.expectationId, [m.stance, m.term]]));

describe("matchSignposts with the seeded signposts", () => {
  it("proposes both alliance expectations for a USFK troop reduction, in English and in Korean", () => {
    expect(proposed("Pentagon weighs USFK troop reduction")).toMatchObject({
      "alliance-weakened": ["SUPPORTS", "USFK"],
      "alliance-maintained": ["CONTRADICTS", "USFK"],
    });
    expect(proposed("주한미군 감축 검토 보도")).toMatchObject({
      "alliance-weakened": ["SUPPORTS", "주한미군"],
      "alliance-maintained": ["CONTRADICTS", "주한미군"],
    });
  });

  it("holds the talks rule to its actors, and a development to its event type", () => {
    expect(proposed("Trade summit in Geneva")).not.toHaveProperty("talks-resume");
    expect(proposed("Trump and Kim Jong Un plan a summit")).toMatchObject({ "talks-resume": ["SUPPORTS", "summit"] });
    expect(proposed("북미 정상회담 추진, 북한 호응")).toMatchObject({ "talks-resume": ["SUPPORTS", "정상회담"] });
    expect(proposed("Trump and Kim Jong Un plan a summit", "MISSILE_TEST")).not.toHaveProperty("talks-resume");
  });

  it("proposes nothing for an unrelated story", () => {
    expect(proposed("Heavy rain floods Seoul subway stations")).toEqual({});
  });
});

describe("findPhrase", () => {
  it("matches at a word's start in English, anywhere in Korean, and whole words when asked", () => {
    expect(findPhrase("More troops arrive", ["troop"])).toBe("troop");
    expect(findPhrase("Paratroopers arrive", ["troop"])).toBeNull();
    expect(findPhrase("주한미군은 유지된다", ["주한미군"])).toBe("주한미군");
    expect(findPhrase("USFK statement", ["US"], true)).toBeNull();
    expect(findPhrase("The US statement", ["US"], true)).toBe("US");
  });
});
