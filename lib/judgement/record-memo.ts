// Results computed from the record, kept per process until something the rule
// reads is written: the same stamps the incremental runs compare
// (changed-since.ts, docs/decisions/0050), about fifteen index look-ups
// instead of the computation. A page that replays an expectation's evidence
// (its sensitivity) then costs its full price once per change to the record,
// not once per view (docs/performance.md).
import type { Db } from "../db-client";
import { seenWrites } from "./changed-since";
import { CHANGE_MARGIN_MS } from "./run-evaluation";

/** Results kept per client: enough for the pages a team has open, never the whole record's worth. */
const LIMIT = 64;
const memos = new WeakMap<object, Map<string, { stamp: string; value: Promise<unknown> }>>();

export async function memoOnRecord<T>(db: Db, key: string, compute: () => Promise<T>): Promise<T> {
  const seen = await seenWrites(db, CHANGE_MARGIN_MS);
  // The latest stamp and the counts in the margin before it: a write committed late, stamped
  // inside the margin, changes a count, so it is never hidden behind an unchanged latest stamp.
  const stamp = `${seen.latest?.getTime() ?? "none"}|${seen.window}`;
  let memo = memos.get(db);
  if (!memo) memos.set(db, (memo = new Map()));
  const kept = memo.get(key);
  if (kept && kept.stamp === stamp) {
    // Most recently used last, so the oldest goes first when the memo is full.
    memo.delete(key);
    memo.set(key, kept);
    return kept.value as Promise<T>;
  }
  const value = compute();
  memo.set(key, { stamp, value });
  value.catch(() => memo.delete(key));
  while (memo.size > LIMIT) memo.delete(memo.keys().next().value!);
  return value;
}
