import "server-only";
import { createDb, type Db } from "./db-client";
import { databaseSettings } from "./settings/database";

export type { Db };

// One client per process: Next's dev server re-evaluates modules on every
// change, and a client per evaluation would exhaust connections.
const holder = globalThis as unknown as { __trackerDb?: Db };

export function getDb(): Db {
  holder.__trackerDb ??= createDb(databaseSettings().DATABASE_URL);
  return holder.__trackerDb;
}
