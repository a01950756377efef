// The same story from two outlets waits once in the inbox: items whose
// headlines are alike (./similarity.ts) and that arrived within a few days of
// each other form a group, led by its newest item. Pure.
import { likeness, SAME_STORY, words } from "./similarity";

const WINDOW_MS = 3 * 86_400_000;

export type Groupable = { id: string; title: string; fetchedAt: Date };

/** Groups in the order of their leads; items are expected newest first. */
export function groupNearDuplicates<T extends Groupable>(items: T[]): { lead: T; others: T[] }[] {
  const groups: { lead: T; others: T[]; words: Set<string>[] }[] = [];
  for (const item of items) {
    const w = words(item.title);
    const home = groups.find(
      (g) => Math.abs(g.lead.fetchedAt.getTime() - item.fetchedAt.getTime()) <= WINDOW_MS && g.words.some((other) => likeness(w, other) >= SAME_STORY),
    );
    if (home) {
      home.others.push(item);
      home.words.push(w);
    } else groups.push({ lead: item, others: [], words: [w] });
  }
  return groups.map(({ lead, others }) => ({ lead, others }));
}
