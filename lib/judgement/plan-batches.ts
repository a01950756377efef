// Splits the record into batches the evaluation loads one at a time, so its
// memory follows the batch and not the record (docs/decisions/0050). The rule
// judges an expectation together with its condition and the other answers of
// its question (rule/judge-day.ts), so a batch always holds whole groups of
// expectations tied that way; the replay of a group alone then equals its part
// of a replay of everything (tests/db/judgement-drift.test.ts checks it).
import type { Db } from "../db-client";

/** About how many links one batch loads; one tied group larger than this is its own batch. */
export const BATCH_LINKS = 50_000;

type Node = { id: string; conditionId: string | null; questionGroup: string | null };

/** Groups of expectations tied by conditions or question groups (union-find). */
export function tiedGroups(nodes: Node[]): string[][] {
  const parent = new Map(nodes.map((n) => [n.id, n.id]));
  const find = (id: string): string => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(id, root);
    return root;
  };
  const join = (a: string, b: string) => {
    if (parent.has(a) && parent.has(b)) parent.set(find(a), find(b));
  };
  const firstOfGroup = new Map<string, string>();
  for (const n of nodes) {
    if (n.conditionId) join(n.id, n.conditionId);
    if (n.questionGroup) {
      const first = firstOfGroup.get(n.questionGroup);
      if (first) join(n.id, first);
      else firstOfGroup.set(n.questionGroup, n.id);
    }
  }
  const groups = new Map<string, string[]>();
  for (const n of nodes) groups.set(find(n.id), [...(groups.get(find(n.id)) ?? []), n.id]);
  return [...groups.values()];
}

/**
 * Batches of expectation ids: every tied group that contains one of `only`
 * (all of them when `only` is absent), packed up to about `maxLinks` links.
 */
export async function planBatches(db: Db, o: { only?: Set<string>; maxLinks?: number } = {}): Promise<string[][]> {
  const nodes = await db.expectation.findMany({ orderBy: { id: "asc" }, select: { id: true, conditionId: true, questionGroup: true } });
  const groups = tiedGroups(nodes).filter((g) => !o.only || g.some((id) => o.only!.has(id)));
  if (groups.length === 0) return [];
  const wanted = o.only ? groups.flat() : undefined;
  const counts = await db.evidenceLink.groupBy({
    by: ["expectationId"],
    where: wanted ? { expectationId: { in: wanted } } : undefined,
    _count: { _all: true },
  });
  const linksOf = new Map(counts.map((c) => [c.expectationId, c._count._all]));
  const max = o.maxLinks ?? BATCH_LINKS;
  const batches: string[][] = [];
  let current: string[] = [];
  let size = 0;
  for (const group of groups) {
    const links = group.reduce((sum, id) => sum + (linksOf.get(id) ?? 0), 0);
    if (current.length && size + links > max) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(...group);
    size += links;
  }
  if (current.length) batches.push(current);
  return batches;
}

/** The expectations tied to `id` (itself included): all a replay of it needs, and no more. */
export async function tiedGroupOf(db: Db, id: string): Promise<string[]> {
  const nodes = await db.expectation.findMany({ orderBy: { id: "asc" }, select: { id: true, conditionId: true, questionGroup: true } });
  return tiedGroups(nodes).find((g) => g.includes(id)) ?? [id];
}
