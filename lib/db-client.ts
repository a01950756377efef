// Builds a Prisma client for a DATABASE_URL: SQLite through better-sqlite3,
// PostgreSQL through node-postgres. Both generated clients come from the same
// models (prisma/postgres/schema.prisma is generated), so one type serves both.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "./generated/prisma-pg/client";
import { databaseKind, sqliteFilePath } from "./db-url";

export type Db = PrismaClient;

export function createDb(url: string): Db {
  if (databaseKind(url) === "postgres") {
    const client = new PostgresPrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
    return client as unknown as Db;
  }
  // A busy timeout so that the web server and the scheduler, two processes on
  // one file, wait for each other's writes instead of failing.
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: sqliteFilePath(url), timeout: 10_000 }) });
}
