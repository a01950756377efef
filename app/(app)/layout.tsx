import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { signOutAction } from "../(auth)/actions";
import { Suspense } from "react";
import { LanguageSwitcher } from "@/app/components/language-switcher";
import { ProductMark } from "@/app/components/product-mark";
import { RoleNotice } from "@/app/components/role-notice";
import { SiteMenu } from "@/app/components/site-menu";
import { currentActor } from "@/lib/web/auth/current-actor";
import { roleCan } from "@/lib/auth/roles";
import { getDb } from "@/lib/db";
import { countUnseen } from "@/lib/notifications/list-notifications";
import { isInstalled } from "@/lib/users/create-first-admin";

export const dynamic = "force-dynamic";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const actor = await currentActor();
  if (!actor) redirect((await isInstalled(getDb())) ? "/sign-in" : "/setup");
  if (actor.mustChangePassword) redirect("/change-password");
  const [t, unseen] = await Promise.all([getTranslations(), countUnseen(getDb(), actor)]);
  return (
    <>
      <header className="site-header">
        <nav aria-label={t("nav.main")}>
          <Link href="/" className="brand">
            <ProductMark />
            {t("app.name")}
          </Link>
          <SiteMenu label={t("nav.menu")}>
            <Link href="/">{t("nav.dashboard")}</Link>
            <Link href="/expectations">{t("nav.expectations")}</Link>
            <Link href="/developments">{t("nav.developments")}</Link>
            <Link href="/notifications">{unseen > 0 ? t("notifications.navNew", { count: unseen }) : t("notifications.nav")}</Link>
            {roleCan(actor.role, "write:evidence") ? <Link href="/inbox">{t("inbox.nav")}</Link> : null}
            {roleCan(actor.role, "write:evidence") ? <Link href="/reviews">{t("reviews.nav")}</Link> : null}
            {roleCan(actor.role, "manage:users") ? <Link href="/admin/users">{t("nav.users")}</Link> : null}
            {/* Who is signed in; following it leads to changing one's password. */}
            <Link href="/change-password" className="who" title={t("accounts.passwordTitle")}>
              {t("nav.who", { name: actor.name, role: t(`roles.${actor.role}`) })}
            </Link>
            <LanguageSwitcher />
            <form action={signOutAction}>
              <button type="submit" className="link">
                {t("nav.signOut")}
              </button>
            </form>
          </SiteMenu>
        </nav>
      </header>
      <Suspense fallback={null}>
        <RoleNotice role={t(`roles.${actor.role}`)} />
      </Suspense>
      {children}
    </>
  );
}
