// The audit log for admins: who did what, when, to which record, before and
// after; filtered by a plain GET form so every view has a URL, and the same
// filters download as CSV.
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { signedInActor } from "@/lib/web/auth/current-actor";
import { roleCan } from "@/lib/auth/roles";
import { auditQuery, readAuditFilters } from "@/lib/audit/audit-filters";
import { auditFilterChoices, listAudit } from "@/lib/audit/list-audit";
import { describeSide } from "@/lib/audit/split-changes";
import { getDb } from "@/lib/db";
import { serverI18n } from "@/lib/web/i18n/server";

export const dynamic = "force-dynamic";

type SearchParams = Record<string, string | string[] | undefined>;

export async function generateMetadata() {
  return { title: (await getTranslations())("audit.title") };
}

const RECORD_PAGES: Record<string, string> = { Expectation: "/expectations/", Development: "/developments/", User: "/admin/users/" };

function RecordLink({ kind, id }: { kind: string; id: string }) {
  const base = RECORD_PAGES[kind];
  return base ? <Link href={`${base}${id}`}>{id}</Link> : <span>{id}</span>;
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await signedInActor();
  if (!roleCan(actor.role, "manage:users")) redirect("/?notice=admin-only");
  const filters = readAuditFilters(await searchParams);
  const db = getDb();
  const [{ rows, total, page, pages }, choices] = await Promise.all([listAudit(db, actor, filters), auditFilterChoices(db, actor)]);
  const { t, f } = await serverI18n();
  const a = (key: string, values?: Record<string, string | number>) => t(`audit.${key}`, values);
  return (
    <main>
      <h1>{a("title")}</h1>
      <p className="meta">{a("note")}</p>
      <form method="get" className="filters" role="search" aria-label={a("filters")}>
        <div className="field">
          <label htmlFor="audit-person">{a("person")}</label>
          <select id="audit-person" name="person" defaultValue={filters.person ?? ""}>
            <option value="">{t("common.any")}</option>
            {choices.people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name} ({p.email})
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-kind">{a("kind")}</label>
          <select id="audit-kind" name="kind" defaultValue={filters.kind ?? ""}>
            <option value="">{t("common.any")}</option>
            {choices.kinds.map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-from">{a("from")}</label>
          <input id="audit-from" name="from" type="date" defaultValue={filters.from ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="audit-to">{a("to")}</label>
          <input id="audit-to" name="to" type="date" defaultValue={filters.to ?? ""} />
        </div>
        <div className="actions">
          <button type="submit">{a("apply")}</button> <a href="/admin/audit">{a("clear")}</a>
        </div>
      </form>
      <p>
        <a href={`/api/export/audit.csv?${auditQuery({ ...filters, page: undefined })}`} download>
          {a("download")}
        </a>
      </p>
      <p className="meta" role="status">
        {a("count", { total })}
      </p>
      <div className="table-scroll" tabIndex={0}>
        <table className="cards">
          <caption className="meta">{a("caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{a("when")}</th>
              <th scope="col">{a("who")}</th>
              <th scope="col">{a("what")}</th>
              <th scope="col">{a("record")}</th>
              <th scope="col">{a("before")}</th>
              <th scope="col">{a("after")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td data-label={a("when")}>{`${f.date(r.at)} ${f.time(r.at)}`}</td>
                <td data-label={a("who")}>{r.user ? r.user.name : a("system")}</td>
                <td data-label={a("what")}>
                  <code>{r.action}</code>
                </td>
                <td data-label={a("record")} className="break">
                  {r.entityType} <RecordLink kind={r.entityType} id={r.entityId} />
                </td>
                <td data-label={a("before")} className="pre-line break">
                  {describeSide(r.before) || t("common.none")}
                </td>
                <td data-label={a("after")} className="pre-line break">
                  {describeSide(r.after) || t("common.none")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pages > 1 ? (
        <nav aria-label={a("pages")} className="pager">
          {page > 1 ? <Link href={`/admin/audit?${auditQuery(filters, page - 1)}`}>{a("newer")}</Link> : null} <span>{a("pageOf", { page, pages })}</span>{" "}
          {page < pages ? <Link href={`/admin/audit?${auditQuery(filters, page + 1)}`}>{a("older")}</Link> : null}
        </nav>
      ) : null}
    </main>
  );
}
