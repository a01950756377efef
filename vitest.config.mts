import path from "node:path";
import { defineConfig } from "vitest/config";

// "server-only" throws outside a React Server Components bundle; in tests the
// modules run in plain Node, where that guard has nothing to protect.
const alias = {
  "server-only": path.resolve(import.meta.dirname, "tests/support/empty-module.ts"),
  "@": path.resolve(import.meta.dirname),
};

export default defineConfig({
  test: {
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
          environment: "node",
          // Each file gets its own SQLite file and PostgreSQL database; run
          // files one after another so the two cores are not oversubscribed.
          fileParallelism: false,
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
