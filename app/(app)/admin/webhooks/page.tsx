import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { signedInActor } from "@/lib/web/auth/current-actor";
import { roleCan } from "@/lib/auth/roles";
import { getDb } from "@/lib/db";
import { WEBHOOK_BACKOFF_MS } from "@/lib/webhooks/deliver-webhooks";
import { listWebhooks } from "@/lib/webhooks/manage-endpoints";
import { serverI18n } from "@/lib/web/i18n/server";
import { AddWebhookForm, RemoveWebhookButton } from "./webhook-forms";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations())("webhooks.title") };
}

export default async function WebhooksPage() {
  const actor = await signedInActor();
  if (!roleCan(actor.role, "manage:webhooks")) redirect("/?notice=admin-only");
  const { endpoints, deliveries } = await listWebhooks(getDb(), actor);
  const { t, f } = await serverI18n();
  const when = (d: Date | null) => (d ? `${f.date(d)} ${f.time(d)}` : "—");
  return (
    <main>
      <h1>{t("webhooks.title")}</h1>
      <p>{t("webhooks.intro", { attempts: WEBHOOK_BACKOFF_MS.length + 1 })}</p>
      <p className="meta">{t("webhooks.privateNote")}</p>

      <h2>{t("webhooks.endpoints")}</h2>
      {endpoints.length === 0 ? (
        <p className="empty">{t("webhooks.none")}</p>
      ) : (
        <ul className="inbox-list">
          {endpoints.map((e) => (
            <li key={e.id} className="inbox-item heading-row">
              <span className="break">
                {e.url}
                {e.description ? <span className="meta"> · {e.description}</span> : null}
              </span>
              <RemoveWebhookButton id={e.id} url={e.url} />
            </li>
          ))}
        </ul>
      )}
      <h2>{t("webhooks.add")}</h2>
      <AddWebhookForm />

      <h2>{t("webhooks.deliveries")}</h2>
      {deliveries.length === 0 ? (
        <p className="empty">{t("webhooks.noDeliveries")}</p>
      ) : (
        <div className="table-scroll" tabIndex={0}>
          <table className="cards">
            <caption className="meta">{t("webhooks.deliveries")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("webhooks.colEndpoint")}</th>
                <th scope="col">{t("webhooks.colCreated")}</th>
                <th scope="col">{t("webhooks.colState")}</th>
                <th scope="col">{t("webhooks.colAttempts")}</th>
                <th scope="col">{t("webhooks.colLast")}</th>
                <th scope="col">{t("webhooks.colError")}</th>
              </tr>
            </thead>
            <tbody>
              {deliveries.map((d) => (
                <tr key={d.id}>
                  <td data-label={t("webhooks.colEndpoint")} className="break">
                    {d.endpoint.url}
                  </td>
                  <td data-label={t("webhooks.colCreated")}>{when(d.createdAt)}</td>
                  <td data-label={t("webhooks.colState")}>{t(`webhooks.state.${d.state}`)}</td>
                  <td data-label={t("webhooks.colAttempts")}>{d.attempts}</td>
                  <td data-label={t("webhooks.colLast")}>
                    {when(d.lastAttemptAt)}
                    {d.lastStatus !== null ? ` (${d.lastStatus})` : ""}
                  </td>
                  <td data-label={t("webhooks.colError")} className="break">
                    {d.lastError ?? "—"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </main>
  );
}
