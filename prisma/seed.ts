// Loads the survey baselines into the database named by DATABASE_URL.
// Run: npm run db:seed (tsx prisma/seed.ts). Safe to run again: it writes only
// what differs from the baseline and never touches judgements. The IFES
// baseline is a data file (prisma/baseline/ifes-2025.yaml) read through the
// same reader as an admin's upload; further surveys are uploaded on the
// Surveys page (docs/baseline-format.md).
import { z } from "zod";
import { seedActors } from "../lib/actors/seed-actors";
import { ACTOR_VOCABULARY } from "../lib/actors/vocabulary";
import { seedBaseline } from "../lib/baseline/seed-baseline";
import { SIGNPOST_DEFAULTS } from "../lib/signposts/defaults";
import { seedSignposts } from "../lib/signposts/seed-signposts";
import { createDb, type Db } from "../lib/db-client";
import { databaseSettings } from "../lib/settings/database";
import { ifes2025Baseline } from "./baseline/ifes-2025";

async function main(): Promise<void> {
  let db: Db | undefined;
  try {
    db = createDb(databaseSettings().DATABASE_URL);
    const result = await seedBaseline(db, ifes2025Baseline);
    const total = ifes2025Baseline.expectations.length;
    console.log(`IFES 2025 baseline: ${total} expectations (${result.created} created, ${result.updated} updated, ${result.unchanged} unchanged)`);
    const signposts = await seedSignposts(db, ifes2025Baseline.survey.slug, SIGNPOST_DEFAULTS);
    console.log(`Signposts: ${signposts.created} created`);
    const actors = await seedActors(db, ACTOR_VOCABULARY, new Date());
    console.log(
      `Actor vocabulary: ${ACTOR_VOCABULARY.length} actors (${actors.created} created, ${actors.names} names added, ${actors.merged} duplicates merged)`,
    );
  } catch (error) {
    const message =
      error instanceof z.ZodError
        ? `the baseline is invalid:\n${z.prettifyError(error)}`
        : error instanceof Error
          ? // Prisma's messages open with a code excerpt; the cause is the last line.
            (error.message.trim().split("\n").at(-1) ?? error.message)
          : String(error);
    console.error(`Seeding failed: ${message}`);
    if (/no such table|does not exist/i.test(message)) console.error("Has the database been migrated? Run: npm run db:migrate");
    process.exitCode = 1;
  } finally {
    await db?.$disconnect();
  }
}

void main();
