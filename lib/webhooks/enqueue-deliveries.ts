// Turns status changes into webhook deliveries by scanning StatusChange rows
// by recordedAt, apart from the evaluation's own writes (docs/decisions/0078).
// The evaluation stamps recordedAt with its run's clock and may commit a while
// later, so each scan starts an overlap before the endpoint's mark; the unique
// (endpoint, status change) key makes a second look at a row harmless.
import type { Db } from "../db-client";
import { isUniqueViolation } from "../errors";
import { translateMessage, type Translate } from "../i18n/translate-message";
import { translatorFor } from "../i18n/translator";

export const STATUS_CHANGED_EVENT = "expectation.status_changed";
const OVERLAP_MS = 60 * 60 * 1000;
const SCAN_LIMIT = 2000;
const CREATE_LIMIT = 500;

async function payloadFor(db: Db, ids: string[], t: Translate) {
  const rows = await db.statusChange.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      fromStatus: true,
      toStatus: true,
      validFrom: true,
      recordedAt: true,
      reason: true,
      mode: true,
      actorType: true,
      supersededAt: true,
      expectation: { select: { id: true, key: true, theme: true, statement: true, statementKo: true, survey: { select: { slug: true } } } },
    },
  });
  return rows.map((c) => ({
    id: c.id,
    recordedAt: c.recordedAt,
    body: JSON.stringify({
      type: STATUS_CHANGED_EVENT,
      timestamp: c.recordedAt.toISOString(),
      data: {
        statusChangeId: c.id,
        expectation: {
          id: c.expectation.id,
          survey: c.expectation.survey.slug,
          key: c.expectation.key,
          theme: c.expectation.theme,
          statement: c.expectation.statement,
          statementKo: c.expectation.statementKo,
        },
        from: c.fromStatus,
        to: c.toStatus,
        validFrom: c.validFrom.toISOString().slice(0, 10),
        recordedAt: c.recordedAt.toISOString(),
        mode: c.mode,
        actorType: c.actorType,
        reason: c.reason,
        reasonText: translateMessage(t, c.reason),
        superseded: c.supersededAt !== null,
      },
    }),
  }));
}

export async function enqueueWebhookDeliveries(db: Db, o: { now: Date }): Promise<{ queued: number }> {
  const endpoints = await db.webhookEndpoint.findMany({ where: { deletedAt: null }, select: { id: true, createdAt: true, scannedThrough: true } });
  let queued = 0;
  let t: Translate | null = null;
  for (const endpoint of endpoints) {
    const from = new Date(Math.max(endpoint.createdAt.getTime(), endpoint.scannedThrough.getTime() - OVERLAP_MS));
    const candidates = await db.statusChange.findMany({
      where: { recordedAt: { gte: from } },
      orderBy: [{ recordedAt: "asc" }, { id: "asc" }],
      take: SCAN_LIMIT,
      select: { id: true, recordedAt: true },
    });
    if (candidates.length === 0) continue;
    const known = await db.webhookDelivery.findMany({
      where: { endpointId: endpoint.id, statusChangeId: { in: candidates.map((c) => c.id) } },
      select: { statusChangeId: true },
    });
    const seen = new Set(known.map((k) => k.statusChangeId));
    const fresh = candidates.filter((c) => !seen.has(c.id)).slice(0, CREATE_LIMIT);
    t ??= await translatorFor("en");
    for (const item of await payloadFor(
      db,
      fresh.map((c) => c.id),
      t,
    )) {
      try {
        await db.webhookDelivery.create({
          data: {
            endpointId: endpoint.id,
            statusChangeId: item.id,
            eventType: STATUS_CHANGED_EVENT,
            payload: item.body,
            nextAttemptAt: o.now,
            createdAt: o.now,
          },
        });
        queued++;
      } catch (error) {
        // Another scheduler queued it first.
        if (!isUniqueViolation(error)) throw error;
      }
    }
    // The mark moves only over rows all looked at; the next scan's overlap covers late commits.
    const done = fresh.length === candidates.filter((c) => !seen.has(c.id)).length && candidates.length < SCAN_LIMIT;
    const through = done ? candidates[candidates.length - 1]!.recordedAt : fresh.length ? fresh[fresh.length - 1]!.recordedAt : endpoint.scannedThrough;
    if (through > endpoint.scannedThrough)
      await db.webhookEndpoint.updateMany({ where: { id: endpoint.id, scannedThrough: { lt: through } }, data: { scannedThrough: through } });
  }
  return { queued };
}
