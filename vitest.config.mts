import path from "node:path";
import { defineConfig } from "vitest/config";

// "server-only" throws outside a React Server Components bundle; in tests the
// modules run in plain Node, where that guard has nothing to protect.
const alias = {
  "server-only": path.resolve(import.meta.dirname, "tests/support/empty-module.ts"),
  "@": path.resolve(import.meta.dirname),
};

// Data-layer files whose assertions depend on timing: child schedulers,
// leases, lock waits, rate limits, slow local servers.
const TIMED = [
  "tests/db/scheduler-lease.test.ts",
  "tests/db/scheduler-instances.test.ts",
  "tests/db/two-instances.test.ts",
  "tests/db/write-contention.test.ts",
  "tests/db/evaluate-race.test.ts",
  "tests/db/digests-and-webhooks.test.ts",
  "tests/db/feeds-poll.test.ts",
  "tests/db/job-run-coordinator.test.ts",
  "tests/db/sign-in-limit.test.ts",
];

export default defineConfig({
  test: {
    // Vitest's default leaves one of the machine's two cores idle. Data-layer
    // files each get their own SQLite file and PostgreSQL database, so two can
    // run at once without sharing anything.
    maxWorkers: 2,
    projects: [
      {
        resolve: { alias },
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" },
      },
      {
        resolve: { alias },
        test: {
          name: "db",
          include: ["tests/db/**/*.test.ts"],
          exclude: TIMED,
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        resolve: { alias },
        test: {
          // The files that measure time or race processes run after the
          // others, one at a time, so another file's load cannot bend them.
          name: "db-timed",
          include: TIMED,
          environment: "node",
          fileParallelism: false,
          sequence: { groupOrder: 1 },
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        resolve: { alias },
        test: {
          // Against the production build over HTTP (npm run test:durability,
          // after next build); one file at a time, each starts its own server.
          name: "durability",
          include: ["tests/durability/**/*.test.ts"],
          environment: "node",
          fileParallelism: false,
          testTimeout: 600_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
