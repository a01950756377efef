// The audit log with the viewer's filters (?person, kind, from, to) as CSV,
// for admins; headers in the reader's language.
import { getTranslations } from "next-intl/server";
import { auditCsv } from "@/lib/audit/audit-csv";
import { readAuditFilters } from "@/lib/audit/audit-filters";
import { fileRoute } from "@/lib/web/http/file-route";

export const dynamic = "force-dynamic";

export const GET = fileRoute(async ({ url, actor, db, locale }) => {
  const t = await getTranslations({ locale, namespace: "audit" });
  const header = ["csvAt", "csvName", "csvEmail", "csvAction", "csvKind", "csvRecord", "csvBefore", "csvAfter"].map((k) => t(k));
  return {
    body: await auditCsv(db, actor, readAuditFilters(url.searchParams), header),
    contentType: "text/csv; charset=utf-8",
    filename: "audit-log.csv",
  };
});
