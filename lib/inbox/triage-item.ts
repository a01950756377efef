// Triage decisions on a feed item: dismissed with a reason, or accepted as a
// development (inside logDevelopment's transaction). Each is audited; an item
// triaged by someone else a moment ago is refused, not decided twice.
import { z } from "zod";
import type { Db } from "../db-client";
import { requireAbility, type Actor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { AppError } from "../errors";
import type { TriageState } from "../vocabulary";
import { parseOrThrow } from "../validation";

type Tx = Pick<Db, "feedItem" | "auditLog">;

export const DismissSchema = z.object({ reason: z.string().trim().min(1, "inbox.errors.reasonRequired").max(500) });

async function decide(
  tx: Tx,
  userId: string,
  id: string,
  data: { triage: Exclude<TriageState, "NEW">; dismissReason?: string; developmentId?: string },
  now: Date,
) {
  const { count } = await tx.feedItem.updateMany({ where: { id, triage: "NEW" }, data: { ...data, triagedById: userId, triagedAt: now } });
  if (count === 0) {
    const exists = await tx.feedItem.findUnique({ where: { id }, select: { id: true } });
    throw exists ? new AppError("CONFLICT", "inbox.errors.alreadyTriaged") : new AppError("NOT_FOUND", "inbox.errors.notFound");
  }
  await recordAudit(tx, { userId, action: `feedItem.${data.triage.toLowerCase()}`, entityType: "FeedItem", entityId: id, changes: data });
}

export async function dismissFeedItem(db: Db, actor: Actor | null, id: string, raw: unknown, now: Date): Promise<void> {
  const analyst = requireAbility(actor, "write:evidence");
  const { reason } = parseOrThrow(DismissSchema, raw);
  await db.$transaction((tx) => decide(tx, analyst.userId, id, { triage: "DISMISSED", dismissReason: reason }, now));
}

/** Called by logDevelopment inside its transaction. */
export function acceptFeedItemInTx(tx: Tx, userId: string, id: string, developmentId: string, now: Date) {
  return decide(tx, userId, id, { triage: "ACCEPTED", developmentId }, now);
}
