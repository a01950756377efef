import { jsonWriteHandler } from "@/lib/web/http/route-handler";
import { updateThresholds } from "@/lib/expectations/update-thresholds";

export const dynamic = "force-dynamic";

export const PATCH = jsonWriteHandler<{ id: string }>("write:evidence", async ({ db, actor, params, body }) => updateThresholds(db, actor, params.id, body));
