// The expectation's versions, newest first: who changed what, when and why,
// and what the evaluation did under each (docs/decisions/0095).
import { Fragment } from "react";
import { getDb } from "@/lib/db";
import { listVersions, type VersionEntry } from "@/lib/expectations/list-versions";
import { VERSIONED_FIELDS, type VersionFields } from "@/lib/expectations/version-fields";
import { signedInActor } from "@/lib/web/auth/current-actor";
import { serverI18n } from "@/lib/web/i18n/server";

/** `conditions`: the names of the expectations a version may name as its condition. */
export async function VersionsSection({ id, current, conditions }: { id: string; current: number; conditions: Record<string, string> }) {
  const { t, f } = await serverI18n();
  const versions = await listVersions(getDb(), await signedInActor(), id);
  if (versions.length === 0) return <p className="empty">{t("expectationEdit.noVersions", { version: current })}</p>;
  const show = (fields: VersionFields, name: keyof VersionFields) => {
    const value = fields[name];
    if (value === null || value === "" || (Array.isArray(value) && value.length === 0)) return t("common.none");
    if (name === "signposts") return fields.signposts.map((sp) => `${sp.label} (${t(`stances.${sp.stance}`)}): ${(sp.terms ?? []).join(", ")}`).join("; ");
    if (name === "deadline" && typeof value === "string") return f.date(new Date(`${value}T00:00:00Z`));
    if (typeof value === "number") return f.number(value);
    if (name === "conditionId" && typeof value === "string") return conditions[value] ?? value;
    return String(value);
  };
  const judged = (v: VersionEntry) => {
    if (v.number === 1 && !v.editedBy) return null;
    if (!v.judgedAt) return <p className="meta">{t("expectationEdit.notJudgedYet")}</p>;
    const live = v.judgedChanges.filter((c) => !c.superseded);
    return (
      <p className="meta" data-testid={`version-${v.number}-judged`}>
        {t("expectationEdit.judgedUnder", { number: v.number, date: f.date(v.judgedAt), time: f.time(v.judgedAt) })}{" "}
        {live.length === 0
          ? t("expectationEdit.noStatusChange")
          : live.map((c) => t("expectationEdit.judgedChange", { date: f.date(c.validFrom), from: t(`status.${c.from}`), to: t(`status.${c.to}`) })).join("; ")}
      </p>
    );
  };
  return (
    <ol className="history" aria-label={t("expectationEdit.versions")} data-testid="versions">
      {versions.map((v) => (
        <li key={v.number} data-testid={`version-${v.number}`}>
          <strong>{t("expectationEdit.versionHeading", { number: v.number })}</strong>
          {v.number === current ? <> · {t("expectationEdit.currentVersion")}</> : null}
          <br />
          <span className="meta">
            {v.editedBy
              ? t("expectationEdit.versionMeta", { date: f.date(v.editedAt), time: f.time(v.editedAt), who: v.editedBy })
              : t("expectationEdit.firstVersion", { date: f.date(v.editedAt) })}
          </span>
          {v.reason ? (
            <>
              <br />
              <span className="reason">{t("expectationEdit.why", { reason: v.reason })}</span>
            </>
          ) : null}
          {v.changed.length ? (
            <>
              <br />
              {t("expectationEdit.changed", { fields: v.changed.map((c) => t(`expectationEdit.fields.${c}`)).join(", ") })}
            </>
          ) : null}
          {judged(v)}
          <details>
            <summary>{t("expectationEdit.showFields", { number: v.number })}</summary>
            <dl className="facts">
              {VERSIONED_FIELDS.map((name) => (
                <Fragment key={name}>
                  <dt>{t(`expectationEdit.fields.${name}`)}</dt>
                  <dd>{show(v.fields, name)}</dd>
                </Fragment>
              ))}
            </dl>
          </details>
        </li>
      ))}
    </ol>
  );
}
