import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { markSeenAction } from "./actions";
import { signedInActor } from "@/lib/web/auth/current-actor";
import { getDb } from "@/lib/db";
import { statementIn } from "@/lib/expectations/localize";
import { localized } from "@/lib/i18n/locales";
import { serverI18n } from "@/lib/web/i18n/server";
import { translateMessage } from "@/lib/i18n/translate-message";
import { listNotifications } from "@/lib/notifications/list-notifications";
import { followedExpectationIds } from "@/lib/follows/list-follows";
import { getNotificationPreference } from "@/lib/follows/notification-preference";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations())("notifications.title") };
}

export default async function NotificationsPage() {
  const actor = await signedInActor();
  const [{ items: all }, preference, followed] = await Promise.all([
    listNotifications(getDb(), actor),
    getNotificationPreference(getDb(), actor),
    followedExpectationIds(getDb(), actor),
  ]);
  const { t, f, locale } = await serverI18n();
  const fresh = all.filter((n) => n.isNew).length;
  const isFollowed = (n: (typeof all)[number]) => n.expectationId !== null && followed.has(n.expectationId);
  // With "in the app" on, what the reader follows comes first (newest first within each part).
  const items = preference.inApp ? [...all.filter(isFollowed), ...all.filter((n) => !isFollowed(n))] : all;
  return (
    <main>
      <h1>{t("notifications.title")}</h1>
      <p className="meta">
        {t("notifications.intro", { count: fresh })} <Link href="/account/notifications">{t("account.notificationsNav")}</Link>
      </p>
      {fresh > 0 ? (
        <form action={markSeenAction}>
          <button type="submit" className="secondary">
            {t("notifications.markSeen")}
          </button>
        </form>
      ) : null}
      {items.length === 0 ? <p className="empty">{t("notifications.none")}</p> : null}
      <ul className="notifications">
        {items.map((n) => (
          <li key={n.id} className={n.isNew ? "card new" : "card"}>
            <p>
              {n.isNew ? <strong className="badge">{t("notifications.new")}</strong> : null}{" "}
              {isFollowed(n) ? <span className="badge following-badge">{t("follows.following")}</span> : null}{" "}
              <strong>{t(`notifications.kind.${n.kind}`)}</strong> ·{" "}
              {n.validOn ? t("notifications.tookEffect", { validOn: f.date(n.validOn), recorded: f.date(n.createdAt) }) : f.date(n.createdAt)}
              {n.revised ? (
                <>
                  {" "}
                  · <em>{t("notifications.revised")}</em>
                </>
              ) : null}
            </p>
            {n.expectation ? (
              <p>
                <Link href={`/expectations/${n.expectation.id}`}>{statementIn(locale, n.expectation)}</Link>
                <br />
                <span className="meta" data-testid="notification-survey">
                  {t("surveys.showing", { title: localized(locale, n.expectation.survey.title, n.expectation.survey.titleKo) })}
                </span>
              </p>
            ) : null}
            {n.development ? (
              <p>
                <Link href={`/developments/${n.development.id}`}>{n.development.title}</Link>
              </p>
            ) : null}
            <p className="meta">{translateMessage(t, n.message)}</p>
          </li>
        ))}
      </ul>
    </main>
  );
}
