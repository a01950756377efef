// Every development matching the list's filters (the same query string as
// /developments), streamed as CSV in the reader's language.
import { parseDevelopmentFilters } from "@/lib/developments/list-filters";
import { developmentsCsvStream } from "@/lib/export/developments-export";
import { fileRoute } from "@/lib/web/http/file-route";

export const dynamic = "force-dynamic";

export const GET = fileRoute(async ({ url, actor, db, locale }) => {
  const { filters } = parseDevelopmentFilters(Object.fromEntries(url.searchParams));
  return {
    body: await developmentsCsvStream(db, actor, filters, { locale }),
    contentType: "text/csv; charset=utf-8",
    filename: `developments-${new Date().toISOString().slice(0, 10)}.csv`,
  };
});
