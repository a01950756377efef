import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { signedInActor } from "@/lib/web/auth/current-actor";
import { roleCan } from "@/lib/auth/roles";
import { getDb } from "@/lib/db";
import { listFeeds } from "@/lib/feeds/manage-feeds";
import { serverI18n } from "@/lib/web/i18n/server";
import { AddFeedForm, FeedButtons } from "./feed-forms";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations())("feeds.title") };
}

export default async function FeedsPage() {
  const actor = await signedInActor();
  if (!roleCan(actor.role, "manage:feeds")) redirect("/?notice=admin-only");
  const feeds = await listFeeds(getDb(), actor);
  const { t, f } = await serverI18n();
  return (
    <main>
      <h1>{t("feeds.title")}</h1>
      {feeds.length === 0 ? <p>{t("feeds.none")}</p> : null}
      <div className="table-scroll" tabIndex={0}>
        <table className="cards">
          <caption className="meta">{t("feeds.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("feeds.name")}</th>
              <th scope="col">{t("feeds.grade")}</th>
              <th scope="col">{t("feeds.status")}</th>
              <th scope="col">{t("feeds.waiting")}</th>
              <th scope="col">{t("feeds.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {feeds.map((feed) => (
              <tr key={feed.id}>
                <td data-label={t("feeds.name")}>
                  {feed.name} <span className="meta">({t(`feeds.languages.${feed.language}`)})</span>
                  <br />
                  <span className="meta break">{feed.url}</span>
                </td>
                <td data-label={t("feeds.grade")}>
                  {feed.defaultReliability}
                  {feed.defaultCredibility}
                </td>
                <td data-label={t("feeds.status")}>
                  {t(`feeds.statuses.${feed.status}`)}
                  {feed.lastPolledAt ? (
                    <span className="meta">
                      {" "}
                      · {f.date(feed.lastPolledAt)} {f.time(feed.lastPolledAt)}
                    </span>
                  ) : null}
                  {feed.lastError ? <span className="error break"> {feed.lastError}</span> : null}
                </td>
                <td data-label={t("feeds.waiting")}>{feed.waiting}</td>
                <td data-label={t("feeds.actions")}>
                  <FeedButtons id={feed.id} name={feed.name} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>{t("feeds.add")}</h2>
      <AddFeedForm />
    </main>
  );
}
