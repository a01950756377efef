import Link from "next/link";
import { AddLinkForm } from "@/app/components/evidence/add-link-form";
import { EditLinkForm } from "@/app/components/evidence/edit-link-form";
import { signedInActor } from "@/lib/web/auth/current-actor";
import { getDb } from "@/lib/db";
import { bestGrade } from "@/lib/developments/list-developments";
import { listDevelopmentOptions } from "@/lib/developments/list-development-options";
import { EVIDENCE_PAGE_SIZE, listExpectationEvidence } from "@/lib/expectations/list-evidence";
import { serverI18n } from "@/lib/web/i18n/server";

/** Where page `n` of the evidence is: the same expectation's page, scrolled to its evidence. */
const pageHref = (expectationId: string, n: number) => `/expectations/${expectationId}${n > 1 ? `?evidencePage=${n}` : ""}#evidence`;

/** The developments linked to an expectation, a page at a time, with stance, best source grade and date. */
export async function EvidenceSection({ expectationId, page: requested, canWrite }: { expectationId: string; page: number; canWrite: boolean }) {
  const db = getDb();
  const actor = await signedInActor();
  const { links, total, page, pages } = await listExpectationEvidence(db, actor, expectationId, requested);
  const options = canWrite ? await listDevelopmentOptions(db, actor) : [];
  // Offered developments already linked (on any page) are left out of the form's choices.
  const linked = new Set(
    options.length
      ? (
          await db.evidenceLink.findMany({
            where: { expectationId, deletedAt: null, developmentId: { in: options.map((o) => o.id) } },
            select: { developmentId: true },
          })
        ).map((l) => l.developmentId)
      : [],
  );
  const { t, f } = await serverI18n();
  // Where the reader is in a long list and the way on, above the table and below it (one navigation landmark).
  const where =
    pages > 1 ? (
      <>
        <span className="meta">
          {t("evidence.showing", {
            from: f.number((page - 1) * EVIDENCE_PAGE_SIZE + 1),
            to: f.number(Math.min(page * EVIDENCE_PAGE_SIZE, total)),
            total: f.number(total),
          })}
        </span>
        {page > 1 ? <Link href={pageHref(expectationId, page - 1)}>{t("evidence.newer")}</Link> : null}
        {page < pages ? <Link href={pageHref(expectationId, page + 1)}>{t("evidence.older")}</Link> : null}
      </>
    ) : null;
  return (
    <>
      {where ? <div className="pager">{where}</div> : null}
      {links.length === 0 ? (
        <p className="empty">{t("evidence.none")}</p>
      ) : (
        <div className="table-scroll" tabIndex={0}>
          <table>
            <caption className="meta">{t("evidence.caption")}</caption>
            <thead>
              <tr>
                {(["when", "development", "stance", "bestSource", "rationale"] as const).map((c) => (
                  <th key={c} scope="col">
                    {t(`evidence.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {links.map((l) => (
                <tr key={l.id}>
                  <td>{f.date(l.development.occurredOn, l.development.datePrecision)}</td>
                  <td>
                    <Link href={`/developments/${l.development.id}`}>{l.development.title}</Link>
                  </td>
                  <td>
                    {t(`stances.${l.stance}`)}
                    {l.decisive !== "NONE" ? (
                      <>
                        <br />
                        <strong className="decisive-mark">{t(`evidence.decisiveMark.${l.decisive}`)}</strong>{" "}
                        <span className="meta">{t("evidence.markedOn", { date: f.date(l.createdAt) })}</span>
                        {l.held ? (
                          <>
                            <br />
                            <span className="meta" data-testid="held-mark">
                              {t(`evidence.held.${l.held}`)}
                            </span>
                          </>
                        ) : null}
                      </>
                    ) : null}
                  </td>
                  <td>{bestGrade(l.development.sources) ?? t("common.none")}</td>
                  <td>
                    {l.rationale}
                    {canWrite ? (
                      <EditLinkForm
                        linkId={l.id}
                        developmentId={l.development.id}
                        expectationId={expectationId}
                        version={l.version}
                        stance={l.stance}
                        decisive={l.decisive}
                        rationale={l.rationale}
                        label={l.development.title}
                      />
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {where ? (
        <nav aria-label={t("evidence.pages")} className="pager">
          {where}
        </nav>
      ) : null}
      {canWrite ? (
        <>
          <p>
            <Link href={`/developments/new?expectation=${expectationId}`}>{t("evidence.logNew")}</Link>
          </p>
          <AddLinkForm
            fixed={{ name: "expectationId", value: expectationId }}
            choose={{ name: "developmentId", label: t("evidence.development"), options: options.filter((o) => !linked.has(o.id)) }}
          />
        </>
      ) : null}
    </>
  );
}
