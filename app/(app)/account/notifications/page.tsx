import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { FollowButton } from "@/app/components/follow-button";
import { signedInActor } from "@/lib/web/auth/current-actor";
import { getDb } from "@/lib/db";
import { listOwnDigests } from "@/lib/digests/list-own-digests";
import { listExpectationsByTheme } from "@/lib/expectations/list-expectations";
import { statementIn } from "@/lib/expectations/localize";
import { listFollows } from "@/lib/follows/list-follows";
import { getNotificationPreference } from "@/lib/follows/notification-preference";
import { DIGEST_FREQUENCIES } from "@/lib/follows/schemas";
import { serverI18n } from "@/lib/web/i18n/server";
import { PreferencesForm } from "./preferences-form";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations())("account.notificationsTitle") };
}

export default async function NotificationSettingsPage() {
  const actor = await signedInActor();
  const db = getDb();
  const [preference, follows, groups, digests] = await Promise.all([
    getNotificationPreference(db, actor),
    listFollows(db, actor),
    listExpectationsByTheme(db, actor),
    listOwnDigests(db, actor),
  ]);
  const { t, f, locale } = await serverI18n();
  const themes = groups.filter((g) => follows.themes.has(g.theme));
  const expectations = groups.flatMap((g) => g.expectations).filter((e) => follows.expectations.has(e.id));
  return (
    <main>
      <p className="meta">
        <Link href="/notifications">{t("notifications.title")}</Link>
      </p>
      <h1>{t("account.notificationsTitle")}</h1>
      <p>{t("account.notificationsIntro")}</p>
      <PreferencesForm choices={DIGEST_FREQUENCIES} digest={preference.digestFrequency} inApp={preference.inApp} />

      <h2>{t("account.followsHeading")}</h2>
      {themes.length === 0 && expectations.length === 0 ? (
        <p className="empty">
          {t("account.followsNone")} <Link href="/expectations">{t("nav.expectations")}</Link>
        </p>
      ) : (
        <ul className="inbox-list">
          {themes.map((g) => (
            <li key={g.theme} className="inbox-item heading-row">
              <span>{t("account.themeLabel", { theme: t(`themes.${g.theme}`) })}</span>
              <FollowButton kind="THEME" target={g.theme} following themeLabel={t(`themes.${g.theme}`)} />
            </li>
          ))}
          {expectations.map((e) => (
            <li key={e.id} className="inbox-item heading-row">
              <Link href={`/expectations/${e.id}`}>{statementIn(locale, e)}</Link>
              <FollowButton kind="EXPECTATION" target={e.id} following />
            </li>
          ))}
        </ul>
      )}

      {digests.length ? (
        <>
          <h2>{t("account.recentDigests")}</h2>
          <ul>
            {digests.map((d) => (
              <li key={d.id}>
                {f.date(d.periodStart)}
                {d.frequency === "WEEKLY" ? ` – ${f.date(new Date(d.periodEnd.getTime() - 1))}` : ""}: {t(`account.digestState.${d.state}`)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </main>
  );
}
