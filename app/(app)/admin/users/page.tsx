import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { signedInActor } from "@/lib/web/auth/current-actor";
import { roleCan } from "@/lib/auth/roles";
import { getDb } from "@/lib/db";
import { serverI18n } from "@/lib/web/i18n/server";
import { listUsers } from "@/lib/users/list-users";
import { CreateUserForm } from "./create-user-form";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations())("users.title") };
}

export default async function UsersPage() {
  const actor = await signedInActor();
  if (!roleCan(actor.role, "manage:users")) redirect("/?notice=admin-only");
  const users = await listUsers(getDb(), actor);
  const { t, f } = await serverI18n();
  return (
    <main>
      <h1>{t("users.title")}</h1>
      <p>
        {/* The admin's other pages, kept out of the header so it fits a laptop's width. */}
        <Link href="/admin/audit">{t("audit.title")}</Link> · <Link href="/admin/jobs">{t("jobs.title")}</Link> ·{" "}
        <Link href="/admin/feeds">{t("feeds.nav")}</Link> · <Link href="/admin/surveys">{t("baselines.nav")}</Link> ·{" "}
        <Link href="/admin/webhooks">{t("webhooks.nav")}</Link>
      </p>
      <div className="table-scroll" tabIndex={0}>
        <table className="cards">
          <caption className="meta">{t("users.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("users.name")}</th>
              <th scope="col">{t("users.email")}</th>
              <th scope="col">{t("users.role")}</th>
              <th scope="col">{t("users.since")}</th>
              <th scope="col">{t("accounts.state")}</th>
              <th scope="col">{t("accounts.lastSignIn")}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id}>
                <td data-label={t("users.name")}>
                  <Link href={`/admin/users/${u.id}`} aria-label={t("accounts.manage", { name: u.name })}>
                    {u.name}
                  </Link>
                </td>
                <td data-label={t("users.email")}>{u.email}</td>
                <td data-label={t("users.role")}>{t(`roles.${u.role}`)}</td>
                <td data-label={t("users.since")}>{f.date(u.createdAt)}</td>
                <td data-label={t("accounts.state")}>
                  {t(u.disabled ? "accounts.stateDisabled" : u.mustChangePassword ? "accounts.stateTemporary" : "accounts.stateActive")}
                </td>
                <td data-label={t("accounts.lastSignIn")}>{u.lastSignInAt ? `${f.date(u.lastSignInAt)} ${f.time(u.lastSignInAt)}` : t("accounts.never")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>{t("users.create")}</h2>
      <CreateUserForm />
    </main>
  );
}
