// One process of a team's deployment, on the database in DATABASE_URL:
//   tsx tests/support/instance-process.ts writer <name> <count> <userId> <expectationIds,...>
//     an app instance's write path (lib/developments/log-development.ts, what
//     POST /api/developments calls), four saves at a time; prints the ids;
//   tsx tests/support/instance-process.ts scheduler <name>
//     a scheduler running the evaluate job every two seconds until SIGTERM.
import { startScheduler } from "../../jobs/scheduler";
import { evaluateJob } from "../../jobs/evaluate";
import { createDb } from "../../lib/db-client";
import { logDevelopment } from "../../lib/developments/log-development";
import { developmentPayload } from "../durability/support/client";

const url = process.env.DATABASE_URL ?? "";
const [role, name, amount, userId, expectations] = process.argv.slice(2);

async function write() {
  const db = createDb(url);
  const actor = { userId: userId!, name: "Ana Analyst", email: "analyst@example.test", role: "analyst" as const };
  const ids: string[] = [];
  const queue = Array.from({ length: Number(amount) }, (_, i) => i);
  await Promise.all(
    [0, 1, 2, 3].map(async () => {
      for (let i = queue.shift(); i !== undefined; i = queue.shift()) {
        const saved = await logDevelopment(db, actor, developmentPayload(`${name}-${i}`, expectations!.split(","), i), new Date());
        ids.push(saved.id);
      }
    }),
  );
  await db.$disconnect();
  console.log(JSON.stringify(ids));
}

async function schedule() {
  const scheduler = startScheduler({ databaseUrl: url, instance: name!, jobs: [{ ...evaluateJob, cron: "*/2 * * * * *" }], quiet: true });
  await new Promise((resolve) => process.once("SIGTERM", resolve));
  await scheduler.stop();
  console.log("stopped");
}

(role === "writer" ? write() : schedule()).then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
