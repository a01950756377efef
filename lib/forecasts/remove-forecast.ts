// Takes a forecast back: soft, audited. Its author may, and an admin.
import type { Db } from "../db-client";
import { requireAbility, type Actor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { AppError } from "../errors";

export async function removeForecast(db: Db, actor: Actor | null, id: string, now: Date) {
  const analyst = requireAbility(actor, "write:evidence");
  return db.$transaction(async (tx) => {
    const row = await tx.teamForecast.findUnique({ where: { id }, select: { userId: true, deletedAt: true, expectationId: true } });
    if (!row || row.deletedAt) throw new AppError("NOT_FOUND", "forecasts.errors.notFound");
    if (row.userId !== analyst.userId && analyst.role !== "admin") throw new AppError("FORBIDDEN", "forecasts.errors.notYours");
    await tx.teamForecast.update({ where: { id }, data: { deletedAt: now, deletedById: analyst.userId } });
    await recordAudit(tx, {
      userId: analyst.userId,
      action: "forecast.remove",
      entityType: "TeamForecast",
      entityId: id,
      changes: { expectationId: row.expectationId },
    });
    return { expectationId: row.expectationId };
  });
}
