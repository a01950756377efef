import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DevelopmentsFilters } from "@/app/components/developments-filters";
import { signedInActor } from "@/lib/web/auth/current-actor";
import { roleCan } from "@/lib/auth/roles";
import { getDb } from "@/lib/db";
import { listExpectationOptions } from "@/lib/developments/form-data";
import { listDevelopments } from "@/lib/developments/list-developments";
import { parseDevelopmentFilters } from "@/lib/developments/list-filters";
import { listKnownNames } from "@/lib/developments/names";
import { serverI18n } from "@/lib/web/i18n/server";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations())("developments.pageTitle") };
}

type SearchParams = Record<string, string | string[] | undefined>;

function pageUrl(params: SearchParams, cursor: string): string {
  const next = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (typeof v === "string" && v && k !== "cursor" && k !== "removed") next.set(k, v);
  next.set("cursor", cursor);
  return `/developments?${next}`;
}

export default async function DevelopmentsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const actor = await signedInActor();
  const db = getDb();
  const { t, f, locale } = await serverI18n();
  const { filters, ignored } = parseDevelopmentFilters(params);
  const [page, known, expectations] = await Promise.all([listDevelopments(db, actor, filters), listKnownNames(db), listExpectationOptions(db, actor, locale)]);
  return (
    <main>
      <h1>{t("developments.title")}</h1>
      {typeof params.removed === "string" ? (
        <p className="form-ok" role="status">
          {t("developments.deletedNotice")}
        </p>
      ) : null}
      {roleCan(actor.role, "write:evidence") ? (
        <p>
          <Link href="/developments/new" className="button">
            {t("developments.log")}
          </Link>{" "}
          <Link href="/developments/import">{t("developments.import")}</Link>
        </p>
      ) : null}
      <DevelopmentsFilters filters={filters} expectations={expectations} known={known} canSeeDeleted={roleCan(actor.role, "restore:deleted")} />
      {ignored.length ? <p className="form-error">{t("developments.ignoredFilters", { names: ignored.join(", ") })}</p> : null}
      {page.items.length === 0 ? (
        <p className="empty">{t(filters.cursor ? "developments.noneOnPage" : "developments.none")}</p>
      ) : (
        <div className="table-scroll" tabIndex={0}>
          <table className="cards">
            <caption className="meta">{t(filters.cursor ? "developments.captionContinued" : "developments.caption")}</caption>
            <thead>
              <tr>
                {(["when", "development", "type", "actors", "tags", "bestSource", "links"] as const).map((c) => (
                  <th key={c} scope="col">
                    {t(`developments.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {page.items.map((d) => (
                <tr key={d.id} className={d.deleted ? "deleted" : undefined}>
                  <td data-label={t("developments.when")}>{f.date(d.occurredOn, d.datePrecision)}</td>
                  <td data-label={t("developments.development")}>
                    <Link href={`/developments/${d.id}`}>{d.title}</Link>
                    {d.deleted ? ` ${t("developments.deletedMark")}` : null}
                  </td>
                  <td data-label={t("developments.type")}>{t(`eventTypes.${d.eventType}.label`)}</td>
                  <td data-label={t("developments.actors")}>{d.actors.join(", ")}</td>
                  <td data-label={t("developments.tags")}>{d.tags.join(", ")}</td>
                  <td data-label={t("developments.bestSource")}>{d.bestGrade ?? t("common.none")}</td>
                  <td data-label={t("developments.links")}>{d.links}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav aria-label={t("developments.pages")} className="pager">
        {filters.cursor ? <Link href="/developments">{t("developments.firstPage")}</Link> : null}
        {page.nextCursor ? <Link href={pageUrl(params, page.nextCursor)}>{t("developments.older")}</Link> : null}
      </nav>
    </main>
  );
}
