import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { signedInActor } from "@/lib/web/auth/current-actor";
import { roleCan } from "@/lib/auth/roles";
import { getDb } from "@/lib/db";
import { listPendingReviews } from "@/lib/review/list-pending-reviews";
import { serverI18n } from "@/lib/web/i18n/server";
import { DecideForm } from "./decide-form";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations())("reviews.title") };
}

/** What waits for a second analyst, with the evidence and the requester's rationale (docs/decisions/0079). */
export default async function ReviewsPage() {
  const actor = await signedInActor();
  if (!roleCan(actor.role, "write:evidence")) redirect("/?notice=read-only");
  const reviews = await listPendingReviews(getDb(), actor);
  const { t, f, locale } = await serverI18n();
  return (
    <main>
      <h1>{t("reviews.title")}</h1>
      <p className="meta">{t("reviews.intro")}</p>
      {reviews.length === 0 ? (
        <p className="empty">{t("reviews.none")}</p>
      ) : (
        <ul className="stack" data-testid="pending-reviews">
          {reviews.map((r) => {
            const statement = (locale === "ko" ? r.expectation.statementKo : null) ?? r.expectation.statement;
            return (
              <li key={r.id} className="card" data-testid="pending-review">
                <h2>
                  <Link href={`/expectations/${r.expectation.id}`} className="break">
                    {statement}
                  </Link>
                </h2>
                <p>
                  {r.kind === "OVERRIDE"
                    ? t("reviews.askedOverride", {
                        name: r.requestedBy.name,
                        from: t(`status.${r.expectation.status}`),
                        to: t(`status.${r.requestedStatus ?? "PENDING"}`),
                      })
                    : t("reviews.askedDecisive", { name: r.requestedBy.name, mark: t(`evidence.decisiveMark.${r.requestedMark ?? "NONE"}`) })}{" "}
                  <span className="meta">{t("reviews.askedAt", { date: f.date(r.requestedAt), time: f.time(r.requestedAt) })}</span>
                </p>
                <p className="break">
                  <strong>{t("reviews.rationale")}</strong> {r.reason}
                </p>
                {r.link ? (
                  <div>
                    <p>
                      <strong>{t("reviews.evidence")}</strong> {f.date(r.link.development.occurredOn)} ·{" "}
                      <Link href={`/developments/${r.link.development.id}`} className="break">
                        {r.link.development.title}
                      </Link>{" "}
                      · {t(`stances.${r.link.stance}`)}
                      {r.link.deletedAt ? <> · {t("reviews.linkRemoved")}</> : null}
                    </p>
                    <ul>
                      {r.link.development.sources.map((s, i) => (
                        <li key={i} className="break">
                          {s.publisher} ({s.reliability}
                          {s.credibility}){s.url ? <> · {s.url}</> : null}
                        </li>
                      ))}
                    </ul>
                  </div>
                ) : null}
                {r.ownRequest ? (
                  <p className="meta">{t("reviews.ownRequest")}</p>
                ) : (
                  <DecideForm id={r.id} label={t("reviews.decideOn", { statement: statement.slice(0, 80) })} />
                )}
              </li>
            );
          })}
        </ul>
      )}
    </main>
  );
}
