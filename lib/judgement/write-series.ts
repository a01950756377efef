// The daily score series (ScoreSnapshot): one row per expectation and day,
// from the first day anything happened to the day judged. Derived data: it is
// rewritten wherever the replay now says otherwise (evidence logged late for
// an earlier day), so no chart keeps a stale point. Unchanged days are not
// written, so re-running with nothing new writes nothing.
import type { Prisma } from "../generated/prisma/client";
import { messageKey } from "../i18n/translate-message";
import { dateOf, RULE_VERSION, type Day, type SeriesPoint } from "./rule";

type Tx = Prisma.TransactionClient;

export async function writeSeries(
  tx: Tx,
  expectationId: string,
  points: SeriesPoint[],
  o: { until: Day; jobRunId?: string; dropOthers: boolean; version: number },
) {
  const existing = await tx.scoreSnapshot.findMany({
    where: { expectationId, day: { lte: dateOf(o.until) } },
    select: { id: true, day: true, netScore: true, status: true, ruleVersion: true, expectationVersion: true, reason: true, waiting: true },
  });
  const byDay = new Map(existing.map((s) => [s.day.getTime(), s]));
  let written = 0;
  const fresh: Prisma.ScoreSnapshotCreateManyInput[] = [];
  const stale: string[] = [];
  for (const p of points) {
    const day = dateOf(p.day);
    const old = byDay.get(day.getTime());
    byDay.delete(day.getTime());
    const data = {
      netScore: p.net,
      status: p.status,
      reason: messageKey(p.reason.key, p.reason.params),
      waiting: p.waiting ? JSON.stringify(p.waiting) : null,
      ruleVersion: RULE_VERSION,
      expectationVersion: o.version,
    };
    if (
      old &&
      old.netScore === data.netScore &&
      old.status === data.status &&
      old.reason === data.reason &&
      old.waiting === data.waiting &&
      old.ruleVersion === RULE_VERSION &&
      old.expectationVersion === o.version
    )
      continue;
    if (old) stale.push(old.id);
    fresh.push({ expectationId, day, ...data, jobRunId: o.jobRunId });
    written++;
  }
  // Changed days are replaced and new days added in a few statements, not one
  // per day: late evidence early in the year changes every day after it.
  for (let i = 0; i < stale.length; i += 500) await tx.scoreSnapshot.deleteMany({ where: { id: { in: stale.slice(i, i + 500) } } });
  if (fresh.length) await tx.scoreSnapshot.createMany({ data: fresh });
  // Days the replay no longer has (the only evidence before them was removed).
  if (o.dropOthers && byDay.size) {
    await tx.scoreSnapshot.deleteMany({ where: { id: { in: [...byDay.values()].map((s) => s.id) } } });
    written += byDay.size;
  }
  return written;
}
