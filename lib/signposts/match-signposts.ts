// Which signposts a piece of text meets, and what they propose: pure, so the
// inbox, the tests and a future development check share one reading.
export type SignpostRule = {
  id: string;
  expectationId: string;
  label: string;
  terms: string[];
  actors: string[];
  eventTypes: string[];
  stance: string;
  position: number;
};
export type SignpostMatch = { signpostId: string; expectationId: string; label: string; stance: string; term: string; eventTypes: string[] };

const HANGUL = /[\u3131-\uD79D]/;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The first of the phrases the text contains: anywhere for Korean, at a
 * word's start for others ("troop" finds "troops"), or as a whole word when
 * `wholeWord` ("US" must not find "USFK").
 */
export function findPhrase(text: string, phrases: string[], wholeWord = false): string | null {
  const lower = text.toLocaleLowerCase();
  for (const phrase of phrases) {
    const p = phrase.trim().toLocaleLowerCase();
    if (!p) continue;
    const tail = wholeWord ? "(?![\\p{L}\\p{N}])" : "";
    if (HANGUL.test(p) ? lower.includes(p) : new RegExp(`(?<![\\p{L}\\p{N}])${escape(p)}${tail}`, "u").test(lower)) return phrase;
  }
  return null;
}

/** Every rule the text meets, one per expectation (the first by position), in rule order. */
export function matchSignposts(text: string, rules: SignpostRule[], eventType?: string): SignpostMatch[] {
  const byExpectation = new Map<string, SignpostMatch>();
  for (const rule of [...rules].sort((a, b) => a.position - b.position)) {
    if (byExpectation.has(rule.expectationId)) continue;
    const term = findPhrase(text, rule.terms);
    if (!term) continue;
    if (rule.actors.length && !findPhrase(text, rule.actors, true)) continue;
    // A development says its type; a feed item does not, and is not held to one.
    if (eventType && rule.eventTypes.length && !rule.eventTypes.includes(eventType)) continue;
    byExpectation.set(rule.expectationId, {
      signpostId: rule.id,
      expectationId: rule.expectationId,
      label: rule.label,
      stance: rule.stance,
      term,
      eventTypes: rule.eventTypes,
    });
  }
  return [...byExpectation.values()];
}
