// Prisma's better-sqlite3 adapter, wrapped so that writers wait instead of
// failing and one failed COMMIT cannot stop every later write
// (docs/decisions/0020-sqlite-write-path.md).
//
// - Transactions begin with BEGIN IMMEDIATE: the write lock is taken first, so
//   a transaction never reads, then finds another process wrote meanwhile
//   (SQLITE_BUSY_SNAPSHOT, which no busy timeout can wait out).
// - Waiting for that lock is asynchronous: better-sqlite3's busy timeout blocks
//   the whole Node process while it waits, so it is kept short and the rest of
//   the wait is spent in back-off sleeps that let other requests run.
// - One lock per connection covers transactions AND single statements: the
//   upstream adapter lets a statement from another request run inside an open
//   interactive transaction (and vanish with its rollback).
// - A failed COMMIT or ROLLBACK rolls back, reopens the connection and releases
//   the lock. Upstream releases it only after a successful COMMIT, so one
//   SQLITE_FULL/IOERR at commit hung every later write until a restart.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { backoffMs, isRetryableConflict, sleep } from "./retry-policy";
import { noteCommit } from "./commit-outcomes";

type Adapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;
type Transaction = Awaited<ReturnType<Adapter["startTransaction"]>>;
type Query = Parameters<Adapter["queryRaw"]>[0];
type IsolationLevel = Parameters<Adapter["startTransaction"]>[0];

export type DurableSqliteOptions = {
  /** How long a writer keeps trying for the lock held by another process. */
  lockWaitMs?: number;
  /** better-sqlite3's own (blocking) busy timeout per attempt. */
  busyTimeoutMs?: number;
  onRecover?: (error: unknown) => void;
};

/** A FIFO lock: whoever asked first gets it next. */
class Mutex {
  #tail: Promise<void> = Promise.resolve();

  acquire(): Promise<() => void> {
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const previous = this.#tail;
    this.#tail = previous.then(() => gate);
    return previous.then(() => {
      let released = false;
      return () => {
        if (released) return;
        released = true;
        open();
      };
    });
  }
}

const isStatement = (query: Query, sql: string) => query.sql.trim().toUpperCase() === sql;

class DurableSqliteAdapter {
  readonly provider = "sqlite" as const;
  readonly adapterName: string;
  readonly #lock = new Mutex();
  #conn: Adapter;

  constructor(
    conn: Adapter,
    private readonly reconnect: () => Promise<Adapter>,
    private readonly options: Required<Pick<DurableSqliteOptions, "lockWaitMs">> & DurableSqliteOptions,
  ) {
    this.#conn = conn;
    this.adapterName = conn.adapterName;
  }

  get connection(): Adapter {
    return this.#conn;
  }

  /** Runs fn again while another process holds the lock, with back-off, up to lockWaitMs. */
  async whileBusy<T>(fn: () => Promise<T>): Promise<T> {
    const deadline = Date.now() + this.options.lockWaitMs;
    for (let attempt = 0; ; attempt++) {
      try {
        return await fn();
      } catch (error) {
        if (!isRetryableConflict(error) || Date.now() >= deadline) throw error;
        await sleep(backoffMs(attempt, 2, 50));
      }
    }
  }

  async #exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const release = await this.#lock.acquire();
    try {
      return await this.whileBusy(fn);
    } finally {
      release();
    }
  }

  queryRaw(query: Query) {
    return this.#exclusive(() => this.#conn.queryRaw(query));
  }

  executeRaw(query: Query) {
    return this.#exclusive(() => this.#conn.executeRaw(query));
  }

  executeScript(script: string) {
    return this.#exclusive(() => this.#conn.executeScript(script));
  }

  async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
    // SQLite has one level; the upstream adapter refuses the others with the right error.
    if (isolationLevel && isolationLevel !== "SERIALIZABLE") return this.#conn.startTransaction(isolationLevel);
    const release = await this.#lock.acquire();
    try {
      await this.whileBusy(() => this.#conn.executeScript("BEGIN IMMEDIATE"));
    } catch (error) {
      release();
      throw error;
    }
    return new DurableSqliteTransaction(this, release);
  }

  /** After a failed COMMIT/ROLLBACK: leave no transaction open and start on a fresh connection. */
  async recover(cause: unknown): Promise<void> {
    this.options.onRecover?.(cause);
    try {
      await this.#conn.executeScript("ROLLBACK"); // throws synchronously when SQLite already rolled back
    } catch {
      // nothing was open: SQLite rolls back by itself after SQLITE_FULL and most I/O errors
    }
    try {
      const fresh = await this.reconnect();
      const old = this.#conn;
      this.#conn = fresh;
      await old.dispose().catch(() => undefined);
    } catch (error) {
      // The file cannot be opened right now: keep the old connection; the next write tries again.
      console.error("[db] could not reopen the SQLite connection", error);
    }
  }

  dispose() {
    return this.#conn.dispose();
  }
}

class DurableSqliteTransaction implements Transaction {
  readonly options = { usePhantomQuery: false };
  readonly provider = "sqlite" as const;
  readonly adapterName: string;

  constructor(
    private readonly adapter: DurableSqliteAdapter,
    private readonly release: () => void,
  ) {
    this.adapterName = adapter.adapterName;
  }

  queryRaw(query: Query) {
    return this.adapter.connection.queryRaw(query);
  }

  async executeRaw(query: Query) {
    const closing = isStatement(query, "COMMIT") || isStatement(query, "ROLLBACK");
    if (!closing) return this.adapter.connection.executeRaw(query);
    const committing = isStatement(query, "COMMIT");
    try {
      const result = await this.adapter.connection.executeRaw(query);
      if (committing) noteCommit(true);
      return result;
    } catch (error) {
      if (committing) noteCommit(false);
      // Prisma calls commit()/rollback() (our release) only when this statement succeeded.
      try {
        await this.adapter.recover(error);
      } finally {
        this.release();
      }
      if (isStatement(query, "ROLLBACK")) return 0; // the reopened connection holds no transaction
      throw error;
    }
  }

  async commit() {
    this.release();
  }

  async rollback() {
    this.release();
  }
}

export class DurableSqliteAdapterFactory {
  readonly provider = "sqlite" as const;
  readonly adapterName = "@prisma/adapter-better-sqlite3";
  readonly #inner: PrismaBetterSQLite3;
  readonly #options: DurableSqliteOptions;

  constructor(file: string, options: DurableSqliteOptions = {}) {
    this.#inner = new PrismaBetterSQLite3({ url: file, timeout: options.busyTimeoutMs ?? 50 });
    this.#options = options;
  }

  async connect(): Promise<Adapter> {
    const reconnect = () => this.#inner.connect();
    const adapter = new DurableSqliteAdapter(await reconnect(), reconnect, { lockWaitMs: 60_000, ...this.#options });
    return adapter as unknown as Adapter;
  }
}
