// An analyst records how likely she thinks an expectation is to come true,
// on a day, with a short reason. A later forecast is a new row: the earlier
// ones stay, so the record shows how the team's view moved (docs/decisions/0096).
import type { Db } from "../db-client";
import { requireAbility, type Actor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { AppError } from "../errors";
import { parseOrThrow } from "../validation";
import { RecordForecastSchema } from "./schemas";

export async function recordForecast(db: Db, actor: Actor | null, expectationId: string, raw: unknown, now: Date) {
  const analyst = requireAbility(actor, "write:evidence");
  const input = parseOrThrow(RecordForecastSchema, raw);
  // A forecast about tomorrow is not made yet.
  if (input.madeOn > now.toISOString().slice(0, 10)) {
    throw new AppError("VALIDATION", "validation.fieldsNeedAttention", { madeOn: ["forecasts.errors.future"] });
  }
  return db.$transaction(async (tx) => {
    const expectation = await tx.expectation.findUnique({ where: { id: expectationId }, select: { id: true } });
    if (!expectation) throw new AppError("NOT_FOUND", "errors.expectationNotFound");
    const row = await tx.teamForecast.create({
      data: {
        expectationId,
        userId: analyst.userId,
        probability: input.probability,
        madeOn: new Date(`${input.madeOn}T00:00:00Z`),
        reason: input.reason,
        recordedAt: now,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      userId: analyst.userId,
      action: "forecast.record",
      entityType: "TeamForecast",
      entityId: row.id,
      changes: { expectationId, probability: input.probability, madeOn: input.madeOn, reason: input.reason },
    });
    return row;
  });
}
