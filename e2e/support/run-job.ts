// Runs one job once against the e2e instance's database, as an operator would:
//   npm run job -- <name> [--now ...]
import { execFileSync } from "node:child_process";
import { E2E_DB_FILE } from "./paths";

export function runJob(name: string, now?: Date): string {
  try {
    return run(name, now);
  } catch (error) {
    // Say why: the job's own output, not only "Command failed".
    const e = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${e.message}\n--- stdout\n${e.stdout ?? ""}\n--- stderr\n${e.stderr ?? ""}`);
  }
}

function run(name: string, now?: Date): string {
  return execFileSync("node_modules/.bin/tsx", ["jobs/run.ts", name, ...(now ? ["--now", now.toISOString()] : [])], {
    encoding: "utf8",
    env: {
      ...process.env,
      DATABASE_URL: `file:${E2E_DB_FILE}`,
    },
  });
}
