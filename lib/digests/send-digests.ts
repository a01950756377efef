// The digest run: for everyone who chose a daily or weekly digest, claim the
// last complete period's row (unique per person and period), build the digest
// in their language and send it. The claim is an insert, so of two scheduler
// processes, or a retry of the run, only one sends (docs/decisions/0077).
import type { Db } from "../db-client";
import { isUniqueViolation } from "../errors";
import { followsOf } from "../follows/list-follows";
import { DEFAULT_LOCALE, isLocale, type Locale } from "../i18n/locales";
import type { Translate } from "../i18n/translate-message";
import { translatorFor } from "../i18n/translator";
import { collectDigest, digestSize } from "./collect-digest";
import { lastCompletedPeriod, type DigestPeriod } from "./periods";
import { renderDigest } from "./render-digest";

export type OutgoingMail = { to: string; subject: string; text: string; html: string; messageId: string };
export type SendMail = (mail: OutgoingMail) => Promise<void>;

export type DigestRunOptions = {
  now: Date;
  /** Who claims (the JobRun id or the scheduler's name): recorded on the row. */
  instance: string;
  send: SendMail;
  appUrl: string;
  /** How long a claim holds before another run may take it over. */
  leaseMs?: number;
  /** Attempts (claims) before a digest is given up as FAILED. */
  maxAttempts?: number;
  /** The domain of the Message-ID, stable per digest so a re-send can be recognised. */
  messageDomain?: string;
};

export type DigestRunCounts = { sent: number; empty: number; failed: number; skipped: number };

type Claim = { id: string; attempts: number };

async function claim(
  db: Db,
  userId: string,
  period: DigestPeriod,
  o: Required<Pick<DigestRunOptions, "now" | "instance" | "leaseMs" | "maxAttempts">>,
): Promise<Claim | null> {
  const nowMs = o.now.getTime();
  const until = BigInt(nowMs + o.leaseMs);
  try {
    const row = await db.digestDelivery.create({
      data: {
        userId,
        period: period.key,
        frequency: period.frequency,
        periodStart: period.start,
        periodEnd: period.end,
        state: "CLAIMED",
        claimedBy: o.instance,
        claimUntil: until,
        createdAt: o.now,
      },
      select: { id: true, attempts: true },
    });
    return row;
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  // The row exists: taken over only if its claim lapsed (a process died, or a
  // send failed) and attempts remain. One conditional update: one taker.
  const { count } = await db.digestDelivery.updateMany({
    where: { userId, period: period.key, state: "CLAIMED", claimUntil: { lt: BigInt(nowMs) }, attempts: { lt: o.maxAttempts } },
    data: { claimedBy: o.instance, claimUntil: until, attempts: { increment: 1 } },
  });
  if (count !== 1) return null;
  return db.digestDelivery.findUniqueOrThrow({ where: { userId_period: { userId, period: period.key } }, select: { id: true, attempts: true } });
}

export async function sendDigests(db: Db, options: DigestRunOptions): Promise<DigestRunCounts> {
  const o = { leaseMs: 15 * 60 * 1000, maxAttempts: 3, messageDomain: "tracker.invalid", ...options };
  const counts: DigestRunCounts = { sent: 0, empty: 0, failed: 0, skipped: 0 };
  const translators = new Map<Locale, Translate>();
  const prefs = await db.notificationPreference.findMany({
    // A disabled account gets no mail; `banned` may be null on older rows.
    where: { digest: { not: "NONE" }, user: { OR: [{ banned: null }, { banned: false }], follows: { some: {} } } },
    orderBy: { userId: "asc" },
    select: { digest: true, user: { select: { id: true, email: true, locale: true } } },
  });
  for (const pref of prefs) {
    if (pref.digest === "NONE") continue;
    const period = lastCompletedPeriod(pref.digest, o.now);
    const claimed = await claim(db, pref.user.id, period, o);
    if (!claimed) {
      counts.skipped++;
      continue;
    }
    const mine = { id: claimed.id, claimedBy: o.instance, state: "CLAIMED" as const };
    const content = await collectDigest(db, { follows: await followsOf(db, pref.user.id), start: period.start, end: period.end });
    const items = digestSize(content);
    if (items === 0) {
      await db.digestDelivery.updateMany({ where: mine, data: { state: "EMPTY", items: 0, claimUntil: 0n } });
      counts.empty++;
      continue;
    }
    const locale: Locale = isLocale(pref.user.locale) ? pref.user.locale : DEFAULT_LOCALE;
    let t = translators.get(locale);
    if (!t) translators.set(locale, (t = await translatorFor(locale)));
    const mail = renderDigest(t, locale, period, content, o.appUrl);
    const messageId = `<digest-${claimed.id}@${o.messageDomain}>`;
    try {
      await o.send({ to: pref.user.email, ...mail, messageId });
      await db.digestDelivery.updateMany({ where: mine, data: { state: "SENT", items, locale, messageId, sentAt: o.now, error: null, claimUntil: 0n } });
      counts.sent++;
    } catch (error) {
      const message = (error instanceof Error ? error.message : String(error)).slice(0, 500);
      const last = claimed.attempts >= o.maxAttempts;
      // Not last: the claim lapses now, so the next run (an hour on) tries again.
      await db.digestDelivery.updateMany({ where: mine, data: { state: last ? "FAILED" : "CLAIMED", error: message, claimUntil: BigInt(o.now.getTime()) } });
      counts.failed++;
    }
  }
  return counts;
}
