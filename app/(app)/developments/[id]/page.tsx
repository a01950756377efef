import Link from "next/link";
import { notFound } from "next/navigation";
import { AddLinkForm } from "@/app/components/evidence/add-link-form";
import { DeleteDevelopmentForm, RestoreDevelopmentForm } from "@/app/components/evidence/delete-restore";
import { EditLinkForm } from "@/app/components/evidence/edit-link-form";
import { signedInActor } from "@/lib/auth/current-actor";
import { roleCan } from "@/lib/auth/roles";
import { getDb } from "@/lib/db";
import { RELIABILITY, CREDIBILITY, formatGrade } from "@/lib/developments/admiralty";
import { eventTypeLabel } from "@/lib/developments/event-types";
import { loadDevelopmentFormOptions } from "@/lib/developments/form-data";
import { getDevelopment } from "@/lib/developments/get-development";
import { isAppError } from "@/lib/errors";
import { stanceLabel } from "@/lib/evidence/stances";
import { formatDate } from "@/lib/format";

export const dynamic = "force-dynamic";

const SAVED: Record<string, string> = { created: "Development saved.", updated: "Changes saved.", restored: "Development restored." };

export default async function DevelopmentPage(props: { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> }) {
  const [{ id }, { saved }] = await Promise.all([props.params, props.searchParams]);
  const actor = await signedInActor();
  const db = getDb();
  const d = await getDevelopment(db, actor, id).catch((error) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const canWrite = roleCan(actor.role, "write:evidence") && !d.deletedAt;
  const options = canWrite ? await loadDevelopmentFormOptions(db, actor) : null;
  const linked = new Set(d.evidenceLinks.map((l) => l.expectation.id));
  return (
    <main>
      <p className="meta"><Link href="/developments">Developments</Link></p>
      {saved && SAVED[saved] ? <p className="form-ok" role="status">{SAVED[saved]}</p> : null}
      {d.deletedAt ? <p className="form-error">Deleted on {formatDate(d.deletedAt)}. It is hidden from lists and from judgement.</p> : null}
      <h1>{d.title}</h1>
      <dl className="facts">
        <dt>When</dt><dd>{formatDate(d.occurredOn, d.datePrecision)}{d.datePrecision !== "DAY" ? ` (${d.datePrecision.toLowerCase()} only)` : null}</dd>
        <dt>Event type</dt><dd>{eventTypeLabel(d.eventType)}</dd>
        <dt>Actors</dt><dd>{d.actors.join(", ") || "—"}</dd>
        <dt>Tags</dt><dd>{d.tags.join(", ") || "—"}</dd>
      </dl>
      {d.summary ? <p className="summary">{d.summary}</p> : null}
      {canWrite ? <p><Link href={`/developments/${d.id}/edit`} className="button">Edit development</Link></p> : null}

      <h2>Sources</h2>
      <table>
        <thead><tr><th scope="col">Source</th><th scope="col">Publisher</th><th scope="col">Published</th><th scope="col">Grade</th></tr></thead>
        <tbody>
          {d.sources.map((s) => (
            <tr key={s.id}>
              <td>{s.url ? <a href={s.url} rel="noreferrer noopener" target="_blank">{s.citation ?? s.url}</a> : s.citation}</td>
              <td>{s.publisher}</td>
              <td>{formatDate(s.publishedOn)}</td>
              <td title={`${RELIABILITY.find((r) => r.key === s.reliability)?.label}; ${CREDIBILITY.find((c) => c.value === s.credibility)?.label}`}>
                {formatGrade(s.reliability, s.credibility)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>Expectations it bears on</h2>
      {d.evidenceLinks.length === 0 ? <p className="empty">Not linked to any expectation yet.</p> : null}
      {d.evidenceLinks.map((l) => (
        <article key={l.id} className="card" aria-label={`Link to: ${l.expectation.statement}`}>
          <p><strong>{stanceLabel(l.stance)}</strong>: <Link href={`/expectations/${l.expectation.id}`}>{l.expectation.statement}</Link></p>
          <p className="meta">{l.rationale}</p>
          {canWrite ? <EditLinkForm linkId={l.id} developmentId={d.id} expectationId={l.expectation.id} version={l.version} stance={l.stance} rationale={l.rationale} label={l.expectation.statement} /> : null}
        </article>
      ))}
      {options ? (
        <AddLinkForm
          fixed={{ name: "developmentId", value: d.id }}
          choose={{ name: "expectationId", label: "Expectation", options: options.expectations.filter((e) => !linked.has(e.id)).map((e) => ({ id: e.id, label: `${e.theme}: ${e.statement}` })) }}
        />
      ) : null}

      <h2>History</h2>
      <ol className="history" reversed>
        {d.history.map((h) => (
          <li key={h.version}>
            Version {h.version}, {formatDate(h.editedAt)} {h.editedAt.toISOString().slice(11, 16)} UTC, by {h.editor}: {h.changed.join(", ") || "no visible change"}
            <details><summary>Show version {h.version}</summary><pre>{JSON.stringify(h.snapshot, null, 2)}</pre></details>
          </li>
        ))}
      </ol>

      {canWrite ? <DeleteDevelopmentForm id={d.id} /> : null}
      {d.deletedAt && roleCan(actor.role, "restore:deleted") ? <RestoreDevelopmentForm id={d.id} /> : null}
    </main>
  );
}
