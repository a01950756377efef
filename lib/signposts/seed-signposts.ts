// Gives each seeded expectation its starting signposts. Only missing ones are
// written: a signpost an analyst has edited or removed is left as it is.
import type { Db } from "../db-client";
import type { Stance } from "../generated/prisma/client";
import type { SignpostDefault } from "./defaults";

export async function seedSignposts(db: Db, surveySlug: string, defaults: Record<string, SignpostDefault[]>): Promise<{ created: number }> {
  const expectations = await db.expectation.findMany({
    where: { survey: { slug: surveySlug }, key: { in: Object.keys(defaults) } },
    select: { id: true, key: true },
  });
  let created = 0;
  for (const e of expectations) {
    const existing = new Set((await db.signpost.findMany({ where: { expectationId: e.id }, select: { label: true } })).map((s) => s.label));
    for (const [position, d] of (defaults[e.key] ?? []).entries()) {
      if (existing.has(d.label)) continue;
      await db.signpost.create({
        data: {
          expectationId: e.id,
          label: d.label,
          terms: JSON.stringify(d.terms),
          actors: JSON.stringify(d.actors ?? []),
          eventTypes: JSON.stringify(d.eventTypes ?? []),
          stance: d.stance,
          position,
        },
      });
      created++;
    }
  }
  return { created };
}
