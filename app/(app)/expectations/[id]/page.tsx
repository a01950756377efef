import Link from "next/link";
import { notFound } from "next/navigation";
import { PanelShare } from "@/app/components/panel-share";
import { StatusBadge } from "@/app/components/status-badge";
import { signedInActor } from "@/lib/auth/current-actor";
import { roleCan } from "@/lib/auth/roles";
import { getDb } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { getExpectation } from "@/lib/expectations/get-expectation";
import { themeLabel } from "@/lib/expectations/themes";
import { KIND_LABELS, STATUS_LABELS, formatDate } from "@/lib/format";
import { EvidenceSection } from "./evidence-section";
import { ThresholdsForm } from "./thresholds-form";

export const dynamic = "force-dynamic";

async function load(id: string) {
  const actor = await signedInActor();
  try {
    return { actor, e: await getExpectation(getDb(), actor, id) };
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export default async function ExpectationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { actor, e } = await load(id);
  const canWrite = actor !== null && roleCan(actor.role, "write:evidence");
  return (
    <main>
      <p className="meta">
        <Link href="/expectations">Expectations</Link> › {themeLabel(e.theme)}
      </p>
      <h1>{e.statement}</h1>
      <p>
        <PanelShare share={e.panelShare} /> · <StatusBadge status={e.status} />
      </p>
      <dl className="facts">
        <dt>Kind</dt>
        <dd>{KIND_LABELS[e.kind]}</dd>
        {e.answerLabel ? (
          <>
            <dt>Answer</dt>
            <dd>
              {e.answerLabel} (one answer of a survey question; the others:{" "}
              {e.siblings.map((s, i) => (
                <span key={s.id}>
                  {i > 0 ? ", " : null}
                  <Link href={`/expectations/${s.id}`}>{s.answerLabel}</Link> {s.panelShare !== null ? `${Math.round(s.panelShare * 100)}%` : null}
                </span>
              ))}
              )
            </dd>
          </>
        ) : null}
        <dt>Deadline</dt>
        <dd>{formatDate(e.deadline)}</dd>
        {e.condition ? (
          <>
            <dt>Condition</dt>
            <dd>
              Judged only once this is confirmed: <Link href={`/expectations/${e.condition.id}`}>{e.condition.statement}</Link> (
              {STATUS_LABELS[e.condition.status]})
            </dd>
          </>
        ) : null}
        <dt>Source</dt>
        <dd>
          {e.survey.organisation}, {e.survey.panelSize} experts, fieldwork {formatDate(e.survey.fieldworkStart)} –{" "}
          {formatDate(e.survey.fieldworkEnd)}, published {formatDate(e.survey.publishedOn)}. {e.survey.sourceReference}
        </dd>
      </dl>

      <h2>Reasons the panel gave</h2>
      {e.reasons.length === 0 ? (
        <p className="empty">The survey report gives no reasons for this answer.</p>
      ) : (
        <ul>{e.reasons.map((r) => <li key={r.id}>{r.text}</li>)}</ul>
      )}

      <h2>How it will be judged</h2>
      <p>{e.resolutionCriteria}</p>
      <p className="meta">
        Confirmed at a net evidence score of {e.confirmThreshold} or more; contradicted at {e.contradictThreshold} or less.
      </p>

      <h2>Evidence</h2>
      <EvidenceSection expectationId={e.id} links={e.evidenceLinks} canWrite={canWrite} />

      <h2>Status history</h2>
      {e.statusChanges.length === 0 ? (
        <p className="empty">No judgement yet: the status has been {STATUS_LABELS[e.status]} since the baseline was loaded.</p>
      ) : (
        <ul>
          {e.statusChanges.map((c) => (
            <li key={c.id}>
              {formatDate(c.changedAt)}: {STATUS_LABELS[c.fromStatus]} → {STATUS_LABELS[c.toStatus]}. {c.reason}
            </li>
          ))}
        </ul>
      )}

      {canWrite ? (
        <>
          <h2>Judgement thresholds</h2>
          <ThresholdsForm id={e.id} version={e.version} confirmThreshold={e.confirmThreshold} contradictThreshold={e.contradictThreshold} />
        </>
      ) : null}
    </main>
  );
}
