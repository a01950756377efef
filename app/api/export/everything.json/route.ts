// The whole record as one JSON file, for a team that leaves (admins only;
// lib/export/everything-export.ts). Signed in by the session, not a token:
// docs/decisions/0074.
import { everythingJsonStream } from "@/lib/export/everything-export";
import { fileRoute } from "@/lib/web/http/file-route";

export const dynamic = "force-dynamic";

export const GET = fileRoute(async ({ actor, db }) => {
  const now = new Date();
  return {
    body: await everythingJsonStream(db, actor, now),
    contentType: "application/json; charset=utf-8",
    filename: `tracker-everything-${now.toISOString().slice(0, 10)}.json`,
  };
});
