import Link from "next/link";
import { DevelopmentsFilters } from "@/app/components/developments-filters";
import { signedInActor } from "@/lib/auth/current-actor";
import { roleCan } from "@/lib/auth/roles";
import { getDb } from "@/lib/db";
import { eventTypeLabel } from "@/lib/developments/event-types";
import { listDevelopments } from "@/lib/developments/list-developments";
import { parseDevelopmentFilters } from "@/lib/developments/list-filters";
import { listKnownNames } from "@/lib/developments/names";
import { listExpectationsByTheme } from "@/lib/expectations/list-expectations";
import { formatDate } from "@/lib/format";

export const dynamic = "force-dynamic";
export const metadata = { title: "Developments" };

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
  const { filters, ignored } = parseDevelopmentFilters(params);
  const [page, known, groups] = await Promise.all([listDevelopments(db, actor, filters), listKnownNames(db), listExpectationsByTheme(db, actor)]);
  const expectations = groups.flatMap((g) => g.expectations.map((e) => ({ id: e.id, statement: e.statement })));
  return (
    <main>
      <h1>Developments</h1>
      {typeof params.removed === "string" ? (
        <p className="form-ok" role="status">Development deleted. An admin can restore it.</p>
      ) : null}
      {roleCan(actor.role, "write:evidence") ? <p><Link href="/developments/new" className="button">Log a development</Link></p> : null}
      <DevelopmentsFilters filters={filters} expectations={expectations} known={known} canSeeDeleted={roleCan(actor.role, "restore:deleted")} />
      {ignored.length ? <p className="form-error">Ignored filters that were not understood: {ignored.join(", ")}.</p> : null}
      {page.items.length === 0 ? (
        <p className="empty">No developments match{filters.cursor ? " on this page" : ""}.</p>
      ) : (
        <table>
          <caption className="meta">Newest first{filters.cursor ? " (continued)" : ""}</caption>
          <thead>
            <tr><th scope="col">When</th><th scope="col">Development</th><th scope="col">Type</th><th scope="col">Actors</th><th scope="col">Tags</th><th scope="col">Best source</th><th scope="col">Links</th></tr>
          </thead>
          <tbody>
            {page.items.map((d) => (
              <tr key={d.id} className={d.deleted ? "deleted" : undefined}>
                <td>{formatDate(d.occurredOn, d.datePrecision)}</td>
                <td><Link href={`/developments/${d.id}`}>{d.title}</Link>{d.deleted ? " (deleted)" : null}</td>
                <td>{eventTypeLabel(d.eventType)}</td>
                <td>{d.actors.join(", ")}</td>
                <td>{d.tags.join(", ")}</td>
                <td>{d.bestGrade ?? "—"}</td>
                <td>{d.links}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <nav aria-label="Pages" className="pager">
        {filters.cursor ? <Link href="/developments">First page</Link> : null}
        {page.nextCursor ? <Link href={pageUrl(params, page.nextCursor)}>Older developments</Link> : null}
      </nav>
    </main>
  );
}
