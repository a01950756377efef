"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { JOBS } from "@/jobs/registry";
import { okState } from "@/lib/web/http/action-state";
import { FIELDS } from "@/lib/web/http/action-fields";
import { actorAction } from "@/lib/web/http/server-action";
import { requestRunNow } from "@/lib/jobs/job-health";

const ByJob = z.tuple([
  z
    .string()
    .max(60)
    .regex(/^[a-z0-9-]+$/),
]);

export const runNowAction = actorAction("manage:users", {
  fields: FIELDS.none,
  args: ByJob,
  run: ({ db, actor, args: [job], now }) => requestRunNow(db, actor, job, JOBS, now),
  done: () => {
    revalidatePath("/admin/jobs");
    return okState("jobs.requested");
  },
});
