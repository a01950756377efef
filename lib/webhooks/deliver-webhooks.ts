// Sends due webhook deliveries: each is claimed by one conditional update (one
// taker across scheduler processes), posted with Standard Webhooks headers,
// and on failure given back with the next attempt pushed out by the back-off
// schedule, until the last attempt marks it FAILED. A claim whose process died
// lapses and is taken again: a receiver may see a delivery twice and tells by
// webhook-id, as the convention expects (docs/decisions/0078).
import type { Db } from "../db-client";
import { webhookHeaders } from "./signature";

/** Waits after the 1st, 2nd, … failed attempt; its length + 1 is the number of attempts. */
export const WEBHOOK_BACKOFF_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3600_000, 5 * 3600_000, 10 * 3600_000, 10 * 3600_000];

export type DeliverOptions = {
  now: Date;
  timeoutMs?: number;
  leaseMs?: number;
  batch?: number;
  backoffMs?: readonly number[];
  /** The fetch to post with (tests may pass their own); the platform's by default. */
  fetchImpl?: typeof fetch;
};

type Outcome = { ok: true; status: number } | { ok: false; status: number | null; error: string };

async function post(url: string, headers: Record<string, string>, body: string, o: { timeoutMs: number; fetchImpl: typeof fetch }): Promise<Outcome> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), o.timeoutMs);
  try {
    const response = await o.fetchImpl(url, {
      method: "POST",
      headers: { ...headers, "user-agent": "peninsula-outlook-tracker-webhooks" },
      body,
      redirect: "manual",
      signal: controller.signal,
    });
    await response.body?.cancel();
    if (response.status >= 200 && response.status < 300) return { ok: true, status: response.status };
    return { ok: false, status: response.status, error: `HTTP ${response.status}` };
  } catch (error) {
    if (controller.signal.aborted) return { ok: false, status: null, error: `timed out after ${o.timeoutMs} ms` };
    const cause = error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
    return { ok: false, status: null, error: `request failed: ${cause}`.slice(0, 500) };
  } finally {
    clearTimeout(timer);
  }
}

export async function deliverWebhooks(db: Db, options: DeliverOptions): Promise<{ delivered: number; retrying: number; failed: number }> {
  const o = { timeoutMs: 10_000, leaseMs: 5 * 60_000, batch: 50, backoffMs: WEBHOOK_BACKOFF_MS, fetchImpl: fetch, ...options };
  const nowMs = o.now.getTime();
  const counts = { delivered: 0, retrying: 0, failed: 0 };
  const due = {
    endpoint: { deletedAt: null },
    OR: [
      { state: "PENDING" as const, nextAttemptAt: { lte: o.now } },
      { state: "SENDING" as const, claimUntil: { lt: BigInt(nowMs) } },
    ],
  };
  const candidates = await db.webhookDelivery.findMany({ where: due, orderBy: { nextAttemptAt: "asc" }, take: o.batch, select: { id: true } });
  for (const { id } of candidates) {
    const { count } = await db.webhookDelivery.updateMany({ where: { id, ...due }, data: { state: "SENDING", claimUntil: BigInt(nowMs + o.leaseMs) } });
    if (count !== 1) continue; // another process took it
    const d = await db.webhookDelivery.findUniqueOrThrow({
      where: { id },
      select: { payload: true, attempts: true, endpoint: { select: { url: true, secret: true } } },
    });
    const headers = webhookHeaders(d.endpoint.secret, id, Math.floor(nowMs / 1000), d.payload);
    const outcome = await post(d.endpoint.url, headers, d.payload, o);
    const attempts = d.attempts + 1;
    const mine = { id, state: "SENDING" as const, claimUntil: BigInt(nowMs + o.leaseMs) };
    if (outcome.ok) {
      await db.webhookDelivery.updateMany({
        where: mine,
        data: { state: "DELIVERED", attempts, lastAttemptAt: o.now, lastStatus: outcome.status, lastError: null, deliveredAt: o.now, claimUntil: 0n },
      });
      counts.delivered++;
      continue;
    }
    const wait = o.backoffMs[attempts - 1];
    await db.webhookDelivery.updateMany({
      where: mine,
      data: {
        state: wait === undefined ? "FAILED" : "PENDING",
        attempts,
        lastAttemptAt: o.now,
        lastStatus: outcome.status,
        lastError: outcome.error,
        nextAttemptAt: new Date(nowMs + (wait ?? 0)),
        claimUntil: 0n,
      },
    });
    if (wait === undefined) counts.failed++;
    else counts.retrying++;
  }
  return counts;
}
