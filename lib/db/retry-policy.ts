// Which database failures mean "another writer got in the way, try again", and
// how long to wait before trying. Shared by the SQLite adapter (lock waits) and
// the transaction retry (whole interactive transactions).

// SQLite: the file is locked by another connection or process (BUSY), or a
// read snapshot went stale before it could become a write (BUSY_SNAPSHOT).
// PostgreSQL: serialization failure and deadlock; Prisma names the first P2034.
const RETRYABLE_CODES = new Set(["SQLITE_BUSY", "SQLITE_BUSY_SNAPSHOT", "SQLITE_BUSY_RECOVERY", "SQLITE_LOCKED", "40001", "40P01", "P2034"]);

/** Every error code found on an error and its causes (Prisma nests the driver's). */
export function errorCodes(error: unknown): string[] {
  const codes: string[] = [];
  const seen = new Set<unknown>();
  const visit = (value: unknown, depth: number) => {
    if (typeof value !== "object" || value === null || seen.has(value) || depth > 5) return;
    seen.add(value);
    const v = value as { code?: unknown; originalCode?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown } };
    if (typeof v.code === "string") codes.push(v.code);
    if (typeof v.originalCode === "string") codes.push(v.originalCode);
    visit(v.cause, depth + 1);
    visit(v.meta?.driverAdapterError, depth + 1);
  };
  visit(error, 0);
  return codes;
}

export function isRetryableConflict(error: unknown): boolean {
  return errorCodes(error).some((code) => RETRYABLE_CODES.has(code));
}

/** Full jitter: a random wait up to an exponentially growing cap, so waiting writers spread out. */
export function backoffMs(attempt: number, baseMs = 10, capMs = 500, random: () => number = Math.random): number {
  const ceiling = Math.min(capMs, baseMs * 2 ** attempt);
  return Math.max(1, Math.round(ceiling * random()));
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
