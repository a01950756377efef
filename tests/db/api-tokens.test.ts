// Personal access tokens for the read API (issue 15) on SQLite and PostgreSQL:
// hashed at rest, read-only whatever the owner's role, refused once revoked or
// expired, and reading expectations as of a past day.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requireAbility } from "../../lib/auth/actor";
import { actorFromToken } from "../../lib/api-tokens/actor-from-token";
import { createApiToken, listOwnTokens, revokeApiToken } from "../../lib/api-tokens/manage-tokens";
import { seedBaseline } from "../../lib/baseline/seed-baseline";
import { overrideStatus } from "../../lib/judgement/override-status";
import { expectationsAsOf } from "../../lib/read-api/expectations-as-of";
import { ExpectationsResponse } from "../../lib/read-api/schemas";
import { ifes2025Baseline } from "../../prisma/baseline/ifes-2025";
import { createTestActors, type TestActors } from "../support/actors";
import { DATABASE_KINDS, type TestDatabase } from "../support/test-databases";

describe.each(DATABASE_KINDS)("API tokens on $kind", ({ create }) => {
  let t: TestDatabase;
  let actors: TestActors;
  const now = new Date("2026-11-29T12:00:00Z");

  beforeAll(async () => {
    t = await create();
    await seedBaseline(t.db, ifes2025Baseline);
    actors = await createTestActors(t.db);
  });
  afterAll(async () => t?.drop());

  it("keeps only a hash, and the token reads as its owner with read access only", async () => {
    const { secret, id } = await createApiToken(t.db, actors.admin, { name: "Notebook", expiresInDays: 30 }, now);
    expect(secret).toMatch(/^pot_[A-Za-z0-9_-]{43}$/);
    const stored = await t.db.apiToken.findUniqueOrThrow({ where: { id } });
    expect(JSON.stringify(stored)).not.toContain(secret.slice(4));
    expect(JSON.stringify(await t.db.auditLog.findMany({ where: { entityId: id } }))).not.toContain(secret.slice(4));

    const actor = await actorFromToken(t.db, `Bearer ${secret}`, now);
    expect(actor).toMatchObject({ userId: actors.admin.userId, role: "viewer" });
    expect(() => requireAbility(actor, "write:evidence")).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
    expect(() => requireAbility(actor, "manage:users")).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
    expect(await actorFromToken(t.db, `Bearer ${secret.slice(0, -1)}x`, now)).toBeNull();
    expect(await actorFromToken(t.db, secret, now)).toBeNull();
    expect((await listOwnTokens(t.db, actors.admin)).map((k) => [k.name, k.hint])).toEqual([["Notebook", secret.slice(-4)]]);
  });

  it("refuses a token once it expires or is revoked, and others cannot revoke it", async () => {
    const { secret, id, expiresAt } = await createApiToken(t.db, actors.analyst, { name: "Short", expiresInDays: 1 }, now);
    expect(await actorFromToken(t.db, `Bearer ${secret}`, new Date(expiresAt.getTime() - 1))).not.toBeNull();
    expect(await actorFromToken(t.db, `Bearer ${secret}`, expiresAt)).toBeNull();

    const other = await createApiToken(t.db, actors.analyst, { name: "Long", expiresInDays: 90 }, now);
    await expect(revokeApiToken(t.db, actors.viewer, other.id, now)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await actorFromToken(t.db, `Bearer ${other.secret}`, now)).not.toBeNull();
    await revokeApiToken(t.db, actors.analyst, other.id, now);
    expect(await actorFromToken(t.db, `Bearer ${other.secret}`, now)).toBeNull();
    expect(await t.db.auditLog.count({ where: { entityId: other.id, action: "api-token.revoke" } })).toBe(1);
    await expect(createApiToken(t.db, actors.analyst, { name: "Forever", expiresInDays: 5000 }, now)).rejects.toMatchObject({ code: "VALIDATION" });
    for (const days of ["0x3", "1e2", "-1e309", " ", "3.5"]) {
      await expect(createApiToken(t.db, actors.analyst, { name: "Odd", expiresInDays: days }, now), days).rejects.toMatchObject({ code: "VALIDATION" });
    }
    expect((await createApiToken(t.db, actors.analyst, { name: "Form", expiresInDays: "30" }, now)).expiresAt).toEqual(
      new Date(now.getTime() + 30 * 86_400_000),
    );
    expect(id).toBeTruthy();
  });

  it("a token reads expectations as of a past day, with the history valid then", async () => {
    const { secret } = await createApiToken(t.db, actors.viewer, { name: "Reader", expiresInDays: 30 }, now);
    const target = await t.db.expectation.findFirstOrThrow({ where: { key: "talks-resume" } });
    await overrideStatus(t.db, actors.analyst, target.id, { status: "CONFIRMED", reason: "Talks resumed in Panmunjom" }, new Date("2025-06-10T09:00:00Z"));
    const reader = await actorFromToken(t.db, `Bearer ${secret}`, now);

    const before = ExpectationsResponse.parse(await expectationsAsOf(t.db, reader, "2025-06-01"));
    const after = ExpectationsResponse.parse(await expectationsAsOf(t.db, reader, "2025-06-30"));
    const pick = (r: typeof before) => r.expectations.find((e) => e.key === "talks-resume")!;
    expect(pick(before).history).toEqual([]);
    expect(pick(after).status).toBe("CONFIRMED");
    expect(pick(after).history).toEqual([expect.objectContaining({ to: "CONFIRMED", mode: "OVERRIDE", validFrom: "2025-06-10T09:00:00.000Z" })]);
    await expect(expectationsAsOf(t.db, null, "2025-06-30")).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});
