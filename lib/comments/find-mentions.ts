// "@name" or "@email" of a person with an account, anywhere in a comment's
// text, case-insensitively. Pure: the people are passed in. The longest match
// wins where one name begins another ("@Ana" and "@Ana Analyst").
export type Person = { id: string; name: string; email: string };

export function findMentions(body: string, people: readonly Person[]): string[] {
  const text = body.toLowerCase();
  const found = new Set<string>();
  const handles = people
    .flatMap((p) => [p.email, p.name].filter((h) => h.trim().length > 0).map((h) => ({ id: p.id, handle: `@${h.toLowerCase()}` })))
    .sort((a, b) => b.handle.length - a.handle.length);
  const taken: [number, number][] = [];
  for (const { id, handle } of handles) {
    for (let at = text.indexOf(handle); at !== -1; at = text.indexOf(handle, at + 1)) {
      const end = at + handle.length;
      // A handle ends at the end of the text or before a character that cannot continue a name or address.
      if (end < text.length && /[\p{L}\p{N}_.@-]/u.test(text[end]!) && !/[.]/.test(text[end]!)) continue;
      if (taken.some(([s, e]) => at < e && end > s)) continue;
      taken.push([at, end]);
      found.add(id);
    }
  }
  return [...found];
}
