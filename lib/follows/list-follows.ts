// What the signed-in person follows, for the follow buttons.
import type { Db } from "../db-client";
import { requireAbility, type Actor } from "../auth/actor";

export type FollowSet = { expectations: Set<string>; themes: Set<string> };

export async function listFollows(db: Db, actor: Actor | null): Promise<FollowSet> {
  const reader = requireAbility(actor, "read");
  return followsOf(db, reader.userId);
}

/** The same for a job acting on a person's behalf (the digest). */
export async function followsOf(db: Db, userId: string): Promise<FollowSet> {
  const rows = await db.follow.findMany({ where: { userId }, select: { kind: true, key: true } });
  return {
    expectations: new Set(rows.filter((r) => r.kind === "EXPECTATION").map((r) => r.key)),
    themes: new Set(rows.filter((r) => r.kind === "THEME").map((r) => r.key)),
  };
}

/** Every expectation the signed-in person follows, directly or by its theme. */
export async function followedExpectationIds(db: Db, actor: Actor | null): Promise<Set<string>> {
  const follows = await listFollows(db, actor);
  if (follows.themes.size === 0) return follows.expectations;
  const inThemes = await db.expectation.findMany({ where: { theme: { in: [...follows.themes] } }, select: { id: true } });
  return new Set([...follows.expectations, ...inThemes.map((e) => e.id)]);
}
