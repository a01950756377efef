// An analyst sets a status by hand, with a reason. It is a status change like
// any other (append-only, with its snapshot), and the jobs keep it until the
// analyst releases it; evidence arriving meanwhile is flagged, not applied.
import type { Db } from "../db-client";
import { requireAbility, type Actor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { AppError } from "../errors";
import { parseOrThrow } from "../validation";
import { netScoreOf } from "./evaluate";
import { loadFacts } from "./load-facts";
import { utcMidnight } from "./run-evaluation";
import { OverrideStatusSchema } from "./schemas";
import { RULE_VERSION } from "./weights";

async function write(db: Db, actor: Actor, id: string, mode: "OVERRIDE" | "RELEASE", toStatus: string | null, reason: string, now: Date) {
  const { facts, current } = await loadFacts(db);
  const fact = facts.find((f) => f.id === id);
  const state = current.get(id);
  if (!fact || !state) throw new AppError("NOT_FOUND", "errors.expectationNotFound");
  if (mode === "RELEASE" && !fact.override) throw new AppError("CONFLICT", "errors.noOverride");
  const { net, ids } = netScoreOf(fact.evidence, now);
  const status = (toStatus ?? state.status) as typeof state.status;
  await db.$transaction(async (tx) => {
    await tx.statusChange.create({
      data: {
        expectationId: id, fromStatus: state.status, toStatus: status, changedAt: now, actorType: "USER", userId: actor.userId,
        mode, netScore: net, reason, evidenceIds: JSON.stringify(ids), ruleVersion: RULE_VERSION,
      },
    });
    await tx.expectation.update({ where: { id }, data: { status, statusChangedAt: now } });
    const day = utcMidnight(now);
    const data = { netScore: net, status, ruleVersion: RULE_VERSION };
    await tx.scoreSnapshot.upsert({ where: { expectationId_day: { expectationId: id, day } }, create: { expectationId: id, day, ...data }, update: data });
    await recordAudit(tx, { userId: actor.userId, action: mode === "OVERRIDE" ? "status.override" : "status.release", entityType: "Expectation", entityId: id, changes: { from: state.status, to: status, reason } });
  });
}

export async function overrideStatus(db: Db, actor: Actor | null, id: string, raw: unknown, now: Date) {
  const analyst = requireAbility(actor, "write:evidence");
  const input = parseOrThrow(OverrideStatusSchema, raw);
  await write(db, analyst, id, "OVERRIDE", input.status, input.reason, now);
}

/** Back to the rule: the next evaluation judges it again from the evidence. */
export async function releaseOverride(db: Db, actor: Actor | null, id: string, now: Date) {
  const analyst = requireAbility(actor, "write:evidence");
  await write(db, analyst, id, "RELEASE", null, "judgement.reason.released", now);
}
