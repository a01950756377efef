import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { signedInActor } from "@/lib/web/auth/current-actor";
import { roleCan } from "@/lib/auth/roles";
import { getDb } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { EVENT_TYPE_KEYS } from "@/lib/developments/event-types";
import { STANCE_KEYS } from "@/lib/evidence/stances";
import { getExpectation } from "@/lib/expectations/get-expectation";
import { statementIn } from "@/lib/expectations/localize";
import { listExpectationSignposts } from "@/lib/signposts/edit-signposts";
import { serverI18n } from "@/lib/web/i18n/server";
import { RemoveSignpost, SignpostForm } from "./signpost-form";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations())("signposts.title") };
}

// The words, actors and event types that bring feed items about this
// expectation to the inbox, with the stance each proposes (docs/decisions/0062).
export default async function SignpostsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await signedInActor();
  const db = getDb();
  const { t, locale } = await serverI18n();
  let e;
  try {
    e = await getExpectation(db, actor, id);
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  const signposts = await listExpectationSignposts(db, actor, e.id);
  const canEdit = roleCan(actor.role, "write:evidence");
  const eventTypes = EVENT_TYPE_KEYS.map((key) => ({ key, label: t(`eventTypes.${key}.label`) }));
  const stances = STANCE_KEYS.map((key) => ({ key, label: t(`stances.${key}`) }));
  return (
    <main>
      <p className="meta">
        <Link href={`/expectations/${e.id}`}>{statementIn(locale, e)}</Link>
      </p>
      <h1>{t("signposts.title")}</h1>
      <p>{t("signposts.intro")}</p>
      {signposts.length === 0 ? <p className="empty">{t("signposts.none")}</p> : null}
      {signposts.map((s) => (
        <section key={s.id} className="card" aria-label={s.label}>
          <h2>{s.label}</h2>
          <p>
            <strong>{t(`stances.${s.stance}`)}</strong> · {s.terms.join(", ")}
          </p>
          {s.actors.length ? <p className="meta">{t("signposts.onlyWith", { actors: s.actors.join(", ") })}</p> : null}
          {s.eventTypes.length ? (
            <p className="meta">{t("signposts.typesLine", { types: s.eventTypes.map((k) => t(`eventTypes.${k}.label`)).join(", ") })}</p>
          ) : null}
          {canEdit ? (
            <details>
              <summary>{t("signposts.edit")}</summary>
              <SignpostForm expectationId={e.id} signpost={s} eventTypes={eventTypes} stances={stances} />
              <RemoveSignpost expectationId={e.id} signpost={s} />
            </details>
          ) : null}
        </section>
      ))}
      {canEdit ? (
        <section aria-labelledby="add-signpost">
          <h2 id="add-signpost">{t("signposts.addTitle")}</h2>
          <SignpostForm expectationId={e.id} signpost={null} eventTypes={eventTypes} stances={stances} />
        </section>
      ) : null}
    </main>
  );
}
