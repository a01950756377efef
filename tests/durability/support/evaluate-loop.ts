// The evaluate job in a loop, as its own process (another writer on the file),
// until SIGTERM; then prints {"runs":n,"failed":m} on stdout.
//   tsx tests/durability/support/evaluate-loop.ts   (DATABASE_URL from the environment)
import { evaluateJob } from "../../../jobs/evaluate";
import { createDb } from "../../../lib/db-client";
import { claimSlot } from "../../../lib/jobs/job-run-coordinator";
import { runClaimedSlot } from "../../../lib/jobs/record-run";

const db = createDb(process.env.DATABASE_URL ?? "");
let stopping = false;
let runs = 0;
let failed = 0;
process.on("SIGTERM", () => (stopping = true));

async function main() {
  while (!stopping) {
    const slot = new Date(Date.now() + runs); // a new slot each time
    if (await claimSlot(db, evaluateJob.name, slot, "evaluate-loop", new Date())) {
      const result = await runClaimedSlot(db, evaluateJob.name, slot, (runId) => evaluateJob.run({ db, now: new Date(), runId }));
      runs++;
      if (!result.ok) failed++;
    }
  }
  await db.$disconnect();
  console.log(JSON.stringify({ runs, failed }));
}

void main();
