// The evaluate job in a loop, as its own process (another writer on the file),
// until SIGTERM. Prints "ready" after its first run, then {"runs":n,"failed":m}
// when stopped.
//   tsx tests/durability/support/evaluate-loop.ts   (DATABASE_URL from the environment)
//   EVALUATE_LOOP_PAUSE_MS  wait between runs (default 0: back to back, the
//   most contention; the scheduler itself runs the job once a minute)
import { evaluateJob } from "../../../jobs/evaluate";
import { createDb } from "../../../lib/db-client";
import { claimSlot } from "../../../lib/jobs/job-run-coordinator";
import { runClaimedSlot } from "../../../lib/jobs/record-run";

const db = createDb(process.env.DATABASE_URL ?? "");
let stopping = false;
let runs = 0;
let failed = 0;
const pauseMs = Number(process.env.EVALUATE_LOOP_PAUSE_MS ?? 0);
process.on("SIGTERM", () => (stopping = true));

async function main() {
  while (!stopping) {
    // SQLite answers synchronously: without a turn of the event loop the
    // SIGTERM handler (and stdout) would never get to run.
    await new Promise((resolve) => setImmediate(resolve));
    const slot = new Date(Date.now() + runs); // a new slot each time
    if (await claimSlot(db, evaluateJob.name, slot, "evaluate-loop", new Date())) {
      const result = await runClaimedSlot(db, evaluateJob.name, slot, (runId) =>
        evaluateJob.run({ db, jobName: evaluateJob.name, now: new Date(), runId, live: true }),
      );
      runs++;
      if (!result.ok) failed++;
      if (runs === 1) console.log("ready");
    }
    if (pauseMs > 0) await new Promise((resolve) => setTimeout(resolve, pauseMs));
  }
  await db.$disconnect();
  console.log(JSON.stringify({ runs, failed }));
}

void main();
