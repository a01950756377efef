// Builds a Prisma client for a DATABASE_URL: SQLite through better-sqlite3,
// PostgreSQL through node-postgres. Both generated clients come from the same
// models (prisma/postgres/schema.prisma is generated), so one type serves both.
// Writers wait for each other instead of failing: see lib/db/ and
// docs/decisions/0020-sqlite-write-path.md.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "./generated/prisma-pg/client";
import { DurableSqliteAdapterFactory } from "./db/sqlite-adapter";
import { withTransactionRetry } from "./db/retrying-transactions";
import { createRowReader, type RowReader } from "./db/row-reader";
import { databaseKind, sqliteFilePath } from "./db-url";

export type Db = PrismaClient;

// Waiting for the write lock happens while starting a transaction: first in
// this process's queue, then for another process's lock (bounded in
// lib/db/sqlite-adapter.ts). Under heavy load the queue alone can pass a
// minute, and a save refused for waiting is what issue 11 is about, so Prisma's
// own limit on the start is generous; the work inside stays short.
const transactionOptions = { maxWait: 300_000, timeout: 30_000 };

const readers = new WeakMap<object, RowReader>();

/** The driver-level reader of a client made by createDb (lib/db/row-reader.ts); undefined for a transaction's client. */
export function rowReaderOf(db: object): RowReader | undefined {
  return readers.get(db);
}

/** Disconnecting the client closes its reader too. */
function withReader(client: Db, url: string): Db {
  const reader = createRowReader(url);
  const db = new Proxy(client, {
    get(target, property, receiver) {
      if (property !== "$disconnect") return Reflect.get(target, property, receiver);
      return async () => {
        await reader.close();
        await target.$disconnect();
      };
    },
  });
  readers.set(db, reader);
  return db;
}

export function createDb(url: string): Db {
  if (databaseKind(url) === "postgres") {
    const client = new PostgresPrismaClient({ adapter: new PrismaPg({ connectionString: url }), transactionOptions });
    return withReader(withTransactionRetry(client as unknown as Db), url);
  }
  const adapter = new DurableSqliteAdapterFactory(sqliteFilePath(url), {
    onRecover: (error) => console.error("[db] a SQLite transaction failed to close; rolled back and reopened the connection", error),
  });
  return withReader(withTransactionRetry(new PrismaClient({ adapter, transactionOptions })), url);
}
