// The sign-in limit, on SQLite and PostgreSQL: per account (reset by a
// success), per address (not reset), a pause that doubles, a right password
// refused during the pause, an audit row for every refusal, other accounts
// and addresses unaffected.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { limitedSignIn, SIGN_IN_LIMITS, signInWaitMinutes } from "../../lib/auth/sign-in-limit";
import { DATABASE_KINDS, type TestDatabase } from "../support/test-databases";

const MINUTE = 60_000;
const at = (minutes: number) => new Date(Date.UTC(2026, 0, 1, 12, 0) + minutes * MINUTE);
const wrong = async () => false;
const right = async () => true;

describe.each(DATABASE_KINDS)("sign-in limit on $kind", ({ create }) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await create();
  });
  afterAll(async () => t?.drop());

  const attempt = (email: string, address: string, minute: number, check = wrong) =>
    limitedSignIn(t.db, { email, address }, at(minute), check).then(
      () => "in",
      (e: { code: string; message: string }) => (e.code === "RATE_LIMITED" ? e.message : e.code),
    );

  it("pauses an account after its free failures, doubling, and refuses even the right password meanwhile", async () => {
    const free = SIGN_IN_LIMITS.freeFailures.account;
    for (let i = 0; i < free; i++) expect(await attempt("ada@x.test", `10.0.0.${i}`, 0)).toBe("UNAUTHENTICATED");
    expect(await attempt("ada@x.test", "10.0.1.1", 0, right)).toBe("errors.tooManySignIns|minutes=1");
    // Another account from one of the same addresses is not affected.
    expect(await attempt("bob@x.test", "10.0.0.1", 0, right)).toBe("in");
    // After the pause: one more failure, and the pause doubles.
    expect(await attempt("ada@x.test", "10.0.1.1", 2)).toBe("UNAUTHENTICATED");
    expect(await signInWaitMinutes(t.db, { email: "ada@x.test", address: "10.9.9.9" }, at(2))).toBe(2);
    // A success after the pause clears the account's count.
    expect(await attempt("ada@x.test", "10.0.1.1", 5, right)).toBe("in");
    expect(await signInWaitMinutes(t.db, { email: "ada@x.test", address: "10.9.9.9" }, at(5))).toBe(0);
    const audit = await t.db.auditLog.findMany({ where: { action: "auth.signInRefused", entityId: "ada@x.test" } });
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.changes!)).toEqual({ address: "10.0.1.1", waitMinutes: 1 });
  });

  it("pauses an address spraying many accounts, and a success elsewhere does not wash it", async () => {
    const free = SIGN_IN_LIMITS.freeFailures.address;
    for (let i = 0; i < free; i++) expect(await attempt(`user${i}@x.test`, "192.0.2.7", 100)).toBe("UNAUTHENTICATED");
    expect(await attempt("mine@x.test", "192.0.2.7", 100, right)).toBe("errors.tooManySignIns|minutes=1");
    // Someone else, from another address, signs in to one of the sprayed accounts.
    expect(await attempt("user3@x.test", "198.51.100.2", 100, right)).toBe("in");
    expect(await signInWaitMinutes(t.db, { email: "other@x.test", address: "192.0.2.7" }, at(100))).toBe(1);
    // Failures older than the window are forgotten.
    expect(await signInWaitMinutes(t.db, { email: "other@x.test", address: "192.0.2.7" }, at(100 + SIGN_IN_LIMITS.windowMinutes + 1))).toBe(0);
  });
});
