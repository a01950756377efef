import { jsonWriteHandler } from "@/lib/web/http/route-handler";
import { editExpectation } from "@/lib/expectations/edit-expectation";
import { expectationEditPolicy } from "@/lib/web/expectations/edit-policy";

export const dynamic = "force-dynamic";

// Thresholds are one of an expectation's versioned fields: a change here is a
// new version with a reason, as from the page's edit form (docs/decisions/0095).
export const PATCH = jsonWriteHandler<{ id: string }>("write:evidence", async ({ db, actor, params, body }) =>
  editExpectation(db, actor, params.id, body, { ...expectationEditPolicy(), now: new Date() }),
);
