// The live signposts, as rules the matcher reads.
import type { Db } from "../db-client";
import type { SignpostRule } from "./match-signposts";

const list = (json: string): string[] => {
  const parsed: unknown = JSON.parse(json);
  return Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === "string") : [];
};

export async function loadSignpostRules(db: Db): Promise<SignpostRule[]> {
  const rows = await db.signpost.findMany({
    where: { deletedAt: null, expectation: { status: { not: "VOID" } } },
    select: { id: true, expectationId: true, label: true, terms: true, actors: true, eventTypes: true, stance: true, position: true },
  });
  return rows.map((r) => ({ ...r, terms: list(r.terms), actors: list(r.actors), eventTypes: list(r.eventTypes) }));
}
