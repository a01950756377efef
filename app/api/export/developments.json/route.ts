// Every development matching the list's filters (the same query string as
// /developments), streamed as one JSON array: codes, not translated words.
import { parseDevelopmentFilters } from "@/lib/developments/list-filters";
import { developmentsJsonStream } from "@/lib/export/developments-export";
import { fileRoute } from "@/lib/web/http/file-route";

export const dynamic = "force-dynamic";

export const GET = fileRoute(async ({ url, actor, db }) => {
  const { filters } = parseDevelopmentFilters(Object.fromEntries(url.searchParams));
  return {
    body: await developmentsJsonStream(db, actor, filters),
    contentType: "application/json; charset=utf-8",
    filename: `developments-${new Date().toISOString().slice(0, 10)}.json`,
  };
});
