// An analyst tunes how much net evidence confirms or contradicts an
// expectation. The old values stay in the audit log; a save based on a
// version someone else has since changed is refused, not merged.
import type { Db } from "../db-client";
import { requireAbility, type Actor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { AppError } from "../errors";
import { parseOrThrow } from "../validation";
import { UpdateThresholdsSchema } from "./schemas";

export async function updateThresholds(db: Db, actor: Actor | null, id: string, raw: unknown) {
  const analyst = requireAbility(actor, "write:evidence");
  const input = parseOrThrow(UpdateThresholdsSchema, raw);
  return db.$transaction(async (tx) => {
    const before = await tx.expectation.findUnique({
      where: { id },
      select: { confirmThreshold: true, contradictThreshold: true, version: true },
    });
    if (!before) throw new AppError("NOT_FOUND", "errors.expectationNotFound");
    const { count } = await tx.expectation.updateMany({
      where: { id, version: input.expectedVersion },
      data: {
        confirmThreshold: input.confirmThreshold,
        contradictThreshold: input.contradictThreshold,
        version: { increment: 1 },
      },
    });
    if (count === 0) {
      throw new AppError("CONFLICT", "errors.thresholdsStale");
    }
    await recordAudit(tx, {
      userId: analyst.userId,
      action: "expectation.thresholds.update",
      entityType: "Expectation",
      entityId: id,
      changes: {
        before: { confirmThreshold: before.confirmThreshold, contradictThreshold: before.contradictThreshold },
        after: { confirmThreshold: input.confirmThreshold, contradictThreshold: input.contradictThreshold },
      },
    });
    return { version: input.expectedVersion + 1 };
  });
}
