import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { signedInActor } from "@/lib/web/auth/current-actor";
import { roleCan } from "@/lib/auth/roles";
import { getDb } from "@/lib/db";
import { listOwnTokens, MAX_TOKEN_DAYS } from "@/lib/api-tokens/manage-tokens";
import { serverI18n } from "@/lib/web/i18n/server";
import { CreateTokenForm, RevokeTokenButton } from "./token-forms";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations())("apiTokens.title") };
}

export default async function TokensPage() {
  const actor = await signedInActor();
  const tokens = await listOwnTokens(getDb(), actor);
  const { t, f } = await serverI18n();
  const now = new Date();
  const stateOf = (k: (typeof tokens)[number]) => (k.revokedAt ? "revoked" : k.expiresAt <= now ? "expired" : "active");
  return (
    <main>
      <h1>{t("apiTokens.title")}</h1>
      <p>{t("apiTokens.intro")}</p>
      <p className="meta">
        {t("apiTokens.howTo")} <code className="break">Authorization: Bearer pot_…</code> · <a href="/api/v1/openapi.json">{t("apiTokens.openapi")}</a>
      </p>
      <section aria-labelledby="create-title">
        <h2 id="create-title">{t("apiTokens.create")}</h2>
        <CreateTokenForm maxDays={MAX_TOKEN_DAYS} />
      </section>
      <section aria-labelledby="list-title">
        <h2 id="list-title">{t("apiTokens.yours")}</h2>
        {tokens.length === 0 ? (
          <p>{t("apiTokens.none")}</p>
        ) : (
          <div className="table-scroll" tabIndex={0}>
            <table className="cards">
              <caption className="meta">{t("apiTokens.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("apiTokens.name")}</th>
                  <th scope="col">{t("apiTokens.hint")}</th>
                  <th scope="col">{t("apiTokens.lastUsed")}</th>
                  <th scope="col">{t("apiTokens.expires")}</th>
                  <th scope="col">{t("apiTokens.state")}</th>
                  <th scope="col">{t("apiTokens.actions")}</th>
                </tr>
              </thead>
              <tbody>
                {tokens.map((k) => (
                  <tr key={k.id}>
                    <td data-label={t("apiTokens.name")}>
                      {k.name}
                      <br />
                      <span className="meta">{t("apiTokens.createdOn", { day: f.date(k.createdAt) })}</span>
                    </td>
                    <td data-label={t("apiTokens.hint")}>
                      <code>…{k.hint}</code>
                    </td>
                    <td data-label={t("apiTokens.lastUsed")}>{k.lastUsedAt ? f.date(k.lastUsedAt) : t("apiTokens.never")}</td>
                    <td data-label={t("apiTokens.expires")}>{f.date(k.expiresAt)}</td>
                    <td data-label={t("apiTokens.state")}>{t(`apiTokens.states.${stateOf(k)}`)}</td>
                    <td data-label={t("apiTokens.actions")}>
                      <RevokeTokenButton id={k.id} name={k.name} active={stateOf(k) === "active"} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {roleCan(actor.role, "manage:users") ? (
        <section aria-labelledby="download-title">
          <h2 id="download-title">{t("apiTokens.downloadTitle")}</h2>
          <p>{t("apiTokens.downloadNote")}</p>
          <p>
            <a href="/api/export/everything.json" download>
              {t("apiTokens.download")}
            </a>
          </p>
        </section>
      ) : null}
      <p>
        <Link href="/change-password">{t("accounts.passwordTitle")}</Link>
      </p>
    </main>
  );
}
