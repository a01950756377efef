"use server";
import { revalidatePath } from "next/cache";
import { okState } from "@/lib/web/http/action-state";
import { FIELDS } from "@/lib/web/http/action-fields";
import { actorAction } from "@/lib/web/http/server-action";
import { setCoverage } from "@/lib/judgement/coverage";

export const setCoverageAction = actorAction("write:evidence", {
  fields: FIELDS.coverage,
  run: ({ db, actor, input, now }) => setCoverage(db, actor, input, now),
  done: () => {
    revalidatePath("/");
    return okState("coverage.saved");
  },
});
