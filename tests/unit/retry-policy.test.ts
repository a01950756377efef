// Which failures are retried as "another writer got in the way", found however
// deep Prisma nests the driver's code, and how long the pauses get.
import { describe, expect, it } from "vitest";
import { backoffMs, isRetryableConflict } from "../../lib/db/retry-policy";
import { retryConflicts } from "../../lib/db/retrying-transactions";

const prismaWrapped = (originalCode: string) =>
  Object.assign(new Error("Raw query failed"), { code: "P2010", meta: { driverAdapterError: { cause: { kind: "sqlite", originalCode } } } });

describe("retryable conflicts", () => {
  it("are locks, stale snapshots, serialization failures and deadlocks", () => {
    expect(isRetryableConflict(prismaWrapped("SQLITE_BUSY"))).toBe(true);
    expect(isRetryableConflict(prismaWrapped("SQLITE_BUSY_SNAPSHOT"))).toBe(true);
    expect(isRetryableConflict(Object.assign(new Error("x"), { code: "P2034" }))).toBe(true);
    expect(isRetryableConflict(Object.assign(new Error("x"), { cause: { code: "40P01" } }))).toBe(true);
  });

  it("are not a full disk, a unique key or a validation failure", () => {
    expect(isRetryableConflict(prismaWrapped("SQLITE_FULL"))).toBe(false);
    expect(isRetryableConflict(Object.assign(new Error("x"), { code: "P2002" }))).toBe(false);
    expect(isRetryableConflict(new Error("validation.fieldsNeedAttention"))).toBe(false);
    expect(isRetryableConflict(null)).toBe(false);
  });

  it("wait a random time under a cap that doubles up to its limit", () => {
    expect(backoffMs(0, 10, 500, () => 1)).toBe(10);
    expect(backoffMs(3, 10, 500, () => 1)).toBe(80);
    expect(backoffMs(10, 10, 500, () => 1)).toBe(500);
    expect(backoffMs(10, 10, 500, () => 0)).toBe(1);
  });

  it("are retried a bounded number of times; anything else fails at once", async () => {
    let tries = 0;
    const busy = () => {
      tries++;
      return Promise.reject(prismaWrapped("SQLITE_BUSY"));
    };
    await expect(retryConflicts(busy, { attempts: 4, baseMs: 1, capMs: 2 })).rejects.toThrow("Raw query failed");
    expect(tries).toBe(4);
    tries = 0;
    await expect(retryConflicts(() => (tries++, Promise.reject(new Error("no"))), { attempts: 4, baseMs: 1 })).rejects.toThrow("no");
    expect(tries).toBe(1);
    let calls = 0;
    const busyTwice = () => (++calls <= 2 ? Promise.reject(prismaWrapped("SQLITE_BUSY")) : Promise.resolve("saved"));
    expect(await retryConflicts(busyTwice, { attempts: 4, baseMs: 1, capMs: 2 })).toBe("saved");
    expect(calls).toBe(3);
  });
});
