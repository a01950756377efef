// Every `db.$transaction(async (tx) => ...)` retried as a whole when another
// writer got in the way (SQLite lock, PostgreSQL serialization failure or
// deadlock). Done on the client itself so no caller has to remember it. A
// retried callback runs again from the start: its database work was rolled
// back, so callbacks must not have effects outside the database.
import { backoffMs, isRetryableConflict, sleep } from "./retry-policy";

export type RetryOptions = { attempts?: number; baseMs?: number; capMs?: number };

export async function retryConflicts<T>(run: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const attempts = options.attempts ?? 6;
  for (let attempt = 0; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (attempt + 1 >= attempts || !isRetryableConflict(error)) throw error;
      await sleep(backoffMs(attempt, options.baseMs ?? 20, options.capMs ?? 1000));
    }
  }
}

type TransactionFn = (arg: unknown, options?: unknown) => Promise<unknown>;

/** The same client, whose interactive transactions retry on conflicts. Batch ($transaction([...])) calls pass through. */
export function withTransactionRetry<C extends object>(client: C, options: RetryOptions = {}): C {
  return new Proxy(client, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (property !== "$transaction" || typeof value !== "function") return value;
      const transaction = value as TransactionFn;
      return (arg: unknown, txOptions?: unknown) =>
        typeof arg === "function" ? retryConflicts(() => transaction.call(target, arg, txOptions), options) : transaction.call(target, arg, txOptions);
    },
  });
}
