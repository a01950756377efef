import Link from "next/link";
import { notFound } from "next/navigation";
import { AddLinkForm } from "@/app/components/evidence/add-link-form";
import { DeleteDevelopmentForm, RestoreDevelopmentForm } from "@/app/components/evidence/delete-restore";
import { EditLinkForm } from "@/app/components/evidence/edit-link-form";
import { signedInActor } from "@/lib/web/auth/current-actor";
import { roleCan } from "@/lib/auth/roles";
import { getDb } from "@/lib/db";
import { formatGrade } from "@/lib/judgement/rule";
import { listExpectationOptions } from "@/lib/developments/form-data";
import { getDevelopment } from "@/lib/developments/get-development";
import { isAppError } from "@/lib/errors";
import { statementIn } from "@/lib/expectations/localize";
import { serverI18n } from "@/lib/web/i18n/server";

import { CommentsSection } from "@/app/components/comments/comments-section";

export const dynamic = "force-dynamic";

const SAVED = ["created", "updated", "restored"];

export default async function DevelopmentPage(props: { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> }) {
  const [{ id }, { saved }] = await Promise.all([props.params, props.searchParams]);
  const actor = await signedInActor();
  const db = getDb();
  const { t, f, locale } = await serverI18n();
  const d = await getDevelopment(db, actor, id).catch((error) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const canWrite = roleCan(actor.role, "write:evidence") && !d.deletedAt;
  const options = canWrite ? await listExpectationOptions(db, actor, locale) : null;
  const linked = new Set(d.evidenceLinks.map((l) => l.expectation.id));
  return (
    <main>
      <p className="meta">
        <Link href="/developments">{t("development.breadcrumb")}</Link>
      </p>
      {saved && SAVED.includes(saved) ? (
        <p className="form-ok" role="status">
          {t(`development.saved.${saved}`)}
        </p>
      ) : null}
      {d.deletedAt ? <p className="form-error">{t("development.deletedOn", { date: f.date(d.deletedAt) })}</p> : null}
      <h1>{d.title}</h1>
      <dl className="facts">
        <dt>{t("development.when")}</dt>
        <dd>
          {f.date(d.occurredOn, d.datePrecision)} {d.datePrecision !== "DAY" ? t("development.precisionOnly", { precision: d.datePrecision }) : null}
        </dd>
        <dt>{t("development.eventType")}</dt>
        <dd>{t(`eventTypes.${d.eventType}.label`)}</dd>
        <dt>{t("development.actors")}</dt>
        <dd>{d.actors.join(", ") || t("common.none")}</dd>
        <dt>{t("development.tags")}</dt>
        <dd>{d.tags.join(", ") || t("common.none")}</dd>
      </dl>
      {d.summary ? <p className="summary">{d.summary}</p> : null}
      {canWrite ? (
        <p>
          <Link href={`/developments/${d.id}/edit`} className="button">
            {t("development.edit")}
          </Link>
        </p>
      ) : null}

      <h2>{t("development.sources")}</h2>
      <div className="table-scroll" tabIndex={0}>
        <table>
          <thead>
            <tr>
              {(["source", "publisher", "published", "grade"] as const).map((c) => (
                <th key={c} scope="col">
                  {t(`development.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {d.sources.map((s) => (
              <tr key={s.id}>
                <td>
                  {s.url ? (
                    <a href={s.url} rel="noreferrer noopener" target="_blank">
                      {s.citation ?? s.url}
                    </a>
                  ) : (
                    s.citation
                  )}
                </td>
                <td>{s.publisher}</td>
                <td>{f.date(s.publishedOn)}</td>
                <td title={`${t(`admiralty.reliability.${s.reliability}.label`)}; ${t(`admiralty.credibility.${s.credibility}.label`)}`}>{formatGrade(s)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2>{t("development.bearsOn")}</h2>
      {d.evidenceLinks.length === 0 ? <p className="empty">{t("development.notLinked")}</p> : null}
      {d.evidenceLinks.map((l) => {
        const statement = statementIn(locale, l.expectation);
        return (
          <article key={l.id} className="card" aria-label={t("development.linkTo", { statement })}>
            <p>
              <strong>{t(`stances.${l.stance}`)}</strong>
              {l.decisive !== "NONE" ? (
                <>
                  {" "}
                  · <strong className="decisive-mark">{t(`evidence.decisiveMark.${l.decisive}`)}</strong>
                </>
              ) : null}
              : <Link href={`/expectations/${l.expectation.id}`}>{statement}</Link>
            </p>
            <p className="meta">{l.rationale}</p>
            {canWrite ? (
              <EditLinkForm
                linkId={l.id}
                developmentId={d.id}
                expectationId={l.expectation.id}
                version={l.version}
                stance={l.stance}
                decisive={l.decisive}
                rationale={l.rationale}
                label={statement}
              />
            ) : null}
          </article>
        );
      })}
      {options ? (
        <AddLinkForm
          fixed={{ name: "developmentId", value: d.id }}
          choose={{
            name: "expectationId",
            label: t("evidence.expectation"),
            options: options
              .filter((e) => !linked.has(e.id))
              .map((e) => ({ id: e.id, label: t("developmentForm.expectationOption", { theme: t(`themes.${e.theme}`), statement: e.statement }) })),
          }}
        />
      ) : null}

      <h2>{t("development.history")}</h2>
      {/* A list, not numbered: each entry names its version, and a number beside it read "2. Version 1". */}
      <ul className="history">
        {d.history.map((h) => (
          <li key={h.version}>
            {t("development.historyEntry", {
              version: h.version,
              date: f.date(h.editedAt),
              time: f.time(h.editedAt),
              editor: h.editor ?? t("development.formerUser"),
              changes: h.changed.map((c) => t(`development.changed.${c}`)).join(", ") || t("development.noVisibleChange"),
            })}
            <details>
              <summary>{t("development.showVersion", { version: h.version })}</summary>
              <pre>{JSON.stringify(h.snapshot, null, 2)}</pre>
            </details>
          </li>
        ))}
      </ul>

      {d.deletedAt ? null : <CommentsSection kind="development" id={d.id} />}

      {canWrite ? <DeleteDevelopmentForm id={d.id} /> : null}
      {d.deletedAt && roleCan(actor.role, "restore:deleted") ? <RestoreDevelopmentForm id={d.id} /> : null}
    </main>
  );
}
