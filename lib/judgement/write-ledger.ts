// Keeps one expectation's status history (the ledger) equal to the rule's
// replay in valid time (docs/decisions/0040). Rows are never edited: where
// the replay now tells a different story (late evidence, moved coverage, a
// new rule version, an edited expectation), the rows from the first
// difference on are marked superseded under one JudgementRevision and the
// replay's rows are added, each with the expectation version it was judged
// under. Rows the replay still agrees with keep the version they were made under.
// Analysts' rows (overrides and releases) are theirs and never superseded.
import type { Prisma } from "../generated/prisma/client";
import { messageKey } from "../i18n/translate-message";
import type { NotificationKind } from "../vocabulary";
import { dateOf, RULE_VERSION, type Change, type Reason, type Status } from "./rule";

type Tx = Prisma.TransactionClient;
type Run = {
  now: Date;
  jobName: string;
  jobRunId?: string;
  /** The expectation's version this run judges under (docs/decisions/0095). */
  version: number;
  /** The first live run since an edit: a revision it makes is the edit's. */
  afterEdit: boolean;
};

const NOTIFY: Partial<Record<Status, NotificationKind>> = { CONFIRMED: "CONFIRMED", CONTRADICTED: "CONTRADICTED", VOID: "VOIDED", RULED_OUT: "RULED_OUT" };

export const reasonText = (r: Reason) => messageKey(r.key, r.params);

type Row = { id: string; validFrom: Date; fromStatus: string; toStatus: string; ruleVersion: number | null };

const same = (row: Row, c: Change) =>
  row.validFrom.getTime() === dateOf(c.validFrom).getTime() && row.fromStatus === c.from && row.toStatus === c.to && row.ruleVersion === RULE_VERSION;

/** Returns how many rows were added and superseded. */
export async function writeLedger(tx: Tx, expectationId: string, changes: Change[], run: Run) {
  const expected = changes.filter((c) => !c.byOverride);
  const rows = await tx.statusChange.findMany({
    where: { expectationId, mode: "RULE", supersededAt: null },
    orderBy: [{ validFrom: "asc" }, { recordedAt: "asc" }],
    select: { id: true, validFrom: true, fromStatus: true, toStatus: true, ruleVersion: true },
  });
  let i = 0;
  while (i < rows.length && i < expected.length && same(rows[i]!, expected[i]!)) i++;
  const stale = rows.slice(i);
  const fresh = expected.slice(i);
  if (stale.length === 0 && fresh.length === 0) return { added: 0, superseded: 0 };

  const ruleChanged = stale.some((r) => r.ruleVersion !== RULE_VERSION);
  if (stale.length) {
    const revision = await tx.judgementRevision.create({
      data: {
        expectationId,
        recordedAt: run.now,
        cause: ruleChanged ? "RULE_VERSION" : run.afterEdit ? "EXPECTATION_EDIT" : "EVIDENCE",
        fromRuleVersion: stale[0]!.ruleVersion,
        toRuleVersion: RULE_VERSION,
        superseded: stale.length,
        added: fresh.length,
        jobRunId: run.jobRunId,
        expectationVersion: run.version,
      },
      select: { id: true },
    });
    await tx.statusChange.updateMany({ where: { id: { in: stale.map((r) => r.id) } }, data: { supersededAt: run.now, revisionId: revision.id } });
  }
  for (const c of fresh) {
    const row = await tx.statusChange.create({
      data: {
        expectationId,
        fromStatus: c.from,
        toStatus: c.to,
        validFrom: dateOf(c.validFrom),
        recordedAt: run.now,
        actorType: "JOB",
        jobName: run.jobName,
        jobRunId: run.jobRunId,
        ruleVersion: RULE_VERSION,
        expectationVersion: run.version,
        netScore: c.net,
        reason: reasonText(c.reason),
        evidenceIds: JSON.stringify(c.evidenceIds),
        tippedById: c.tippedBy,
      },
      select: { id: true },
    });
    const kind = NOTIFY[c.to];
    // A change of rule re-tells history; it is one revision entry, not a burst of news.
    if (!kind || ruleChanged) continue;
    const validOn = dateOf(c.validFrom);
    const already = await tx.notification.count({ where: { kind, expectationId, validOn } });
    if (!already) {
      await tx.notification.create({
        data: { createdAt: run.now, kind, expectationId, message: reasonText(c.reason), jobRunId: run.jobRunId, validOn, statusChangeId: row.id },
      });
    }
  }
  return { added: fresh.length, superseded: stale.length };
}
