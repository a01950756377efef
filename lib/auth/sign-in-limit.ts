// Password guessing gets nowhere: sign-ins are limited per account and per
// client address, on every path (the sign-in form's action and better-auth's
// HTTP endpoint), with a back-off that doubles, counted in the database so the
// limit holds across processes (docs/decisions/0013-sign-in-limits.md).
import type { Db } from "../db-client";
import { recordAudit } from "../audit/record-audit";
import { AppError } from "../errors";
import { messageKey } from "../i18n/translate-message";

const MINUTE = 60_000;

export const SIGN_IN_LIMITS = {
  /** Failures older than this are forgotten. */
  windowMinutes: 60,
  /** Failures allowed before the first pause, per account (since its last success) and per address. */
  freeFailures: { account: 5, address: 20 },
  /** The first pause; each further failure doubles it, up to the window. */
  firstPauseMinutes: 1,
} as const;

export type SignInKey = { email: string; address: string };

function pauseMinutes(failures: number, free: number): number {
  if (failures < free) return 0;
  return Math.min(SIGN_IN_LIMITS.windowMinutes, SIGN_IN_LIMITS.firstPauseMinutes * 2 ** (failures - free));
}

type Bucket = { failures: number; last: Date | null };

async function bucket(db: Db, where: { email: string } | { address: string }, since: Date): Promise<Bucket> {
  const rows = await db.signInAttempt.findMany({
    where: { ...where, outcome: "FAILED", at: { gt: since } },
    orderBy: { at: "desc" },
    select: { at: true },
    take: 100,
  });
  return { failures: rows.length, last: rows[0]?.at ?? null };
}

/** Minutes (rounded up) until this account or address may try again; 0 when it may now. */
export async function signInWaitMinutes(db: Db, key: SignInKey, now: Date): Promise<number> {
  const windowStart = new Date(now.getTime() - SIGN_IN_LIMITS.windowMinutes * MINUTE);
  const lastSuccess = await db.signInAttempt.findFirst({
    where: { email: key.email, outcome: "SUCCEEDED", at: { gt: windowStart } },
    orderBy: { at: "desc" },
    select: { at: true },
  });
  const [account, address] = await Promise.all([
    bucket(db, { email: key.email }, lastSuccess?.at ?? windowStart),
    // A success does not reset the address: an attacker with one valid account
    // could otherwise wash their failures on others.
    bucket(db, { address: key.address }, windowStart),
  ]);
  const until = (b: Bucket, free: number) => (b.last ? b.last.getTime() + pauseMinutes(b.failures, free) * MINUTE : 0);
  const free = Math.max(until(account, SIGN_IN_LIMITS.freeFailures.account), until(address, SIGN_IN_LIMITS.freeFailures.address));
  return free > now.getTime() ? Math.ceil((free - now.getTime()) / MINUTE) : 0;
}

async function record(db: Db, key: SignInKey, outcome: "FAILED" | "SUCCEEDED" | "REFUSED", now: Date) {
  await db.signInAttempt.create({ data: { at: now, email: key.email, address: key.address, outcome } });
}

/**
 * Runs one password check under the limit. `attempt` says whether the
 * password was right; it is not called while the account or address is paused,
 * so a right password during the pause does not get in either.
 */
export async function limitedSignIn(db: Db, key: SignInKey, now: Date, attempt: () => Promise<boolean>): Promise<void> {
  const wait = await signInWaitMinutes(db, key, now);
  if (wait > 0) {
    await db.$transaction(async (tx) => {
      await tx.signInAttempt.create({ data: { at: now, email: key.email, address: key.address, outcome: "REFUSED" } });
      await recordAudit(tx, {
        userId: null,
        action: "auth.signInRefused",
        entityType: "SignIn",
        entityId: key.email,
        changes: { address: key.address, waitMinutes: wait },
      });
    });
    throw new AppError("RATE_LIMITED", messageKey("errors.tooManySignIns", { minutes: wait }));
  }
  const ok = await attempt();
  await record(db, key, ok ? "SUCCEEDED" : "FAILED", now);
  if (!ok) throw new AppError("UNAUTHENTICATED", "errors.signInFailed");
}
