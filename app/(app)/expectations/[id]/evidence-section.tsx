import Link from "next/link";
import { AddLinkForm } from "@/app/components/evidence/add-link-form";
import { EditLinkForm } from "@/app/components/evidence/edit-link-form";
import { signedInActor } from "@/lib/web/auth/current-actor";
import { getDb } from "@/lib/db";
import { bestGrade } from "@/lib/developments/list-developments";
import { listDevelopmentOptions } from "@/lib/developments/list-development-options";
import { serverI18n } from "@/lib/web/i18n/server";

type LinkRow = {
  id: string;
  stance: string;
  decisive: string;
  createdAt: Date;
  rationale: string;
  version: number;
  development: {
    id: string;
    title: string;
    occurredOn: Date;
    datePrecision: "DAY" | "MONTH" | "YEAR";
    sources: { reliability: string; credibility: number }[];
  };
};

/** The developments linked to an expectation, with stance, best source grade and date. */
export async function EvidenceSection({ expectationId, links, canWrite }: { expectationId: string; links: LinkRow[]; canWrite: boolean }) {
  const options = canWrite ? await listDevelopmentOptions(getDb(), await signedInActor()) : [];
  const linked = new Set(links.map((l) => l.development.id));
  const { t, f } = await serverI18n();
  return (
    <>
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
