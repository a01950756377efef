import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { signedInActor } from "@/lib/web/auth/current-actor";
import { roleCan } from "@/lib/auth/roles";
import { getDb } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { serverI18n } from "@/lib/web/i18n/server";
import { getAccount } from "@/lib/users/list-users";
import { DisableForm, RoleForm, TemporaryPasswordForm } from "./account-forms";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations())("accounts.pageTitle") };
}

async function load(id: string) {
  const actor = await signedInActor();
  if (!roleCan(actor.role, "manage:users")) redirect("/?notice=admin-only");
  try {
    return { actor, account: await getAccount(getDb(), actor, id) };
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export default async function AccountPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { actor, account } = await load(id);
  const { t, f } = await serverI18n();
  return (
    <main>
      <p>
        <Link href="/admin/users">{t("accounts.back")}</Link>
      </p>
      <h1>{account.name}</h1>
      <dl className="facts">
        <dt>{t("users.email")}</dt>
        <dd>{account.email}</dd>
        <dt>{t("users.role")}</dt>
        <dd>{t(`roles.${account.role}`)}</dd>
        <dt>{t("accounts.state")}</dt>
        <dd>{t(account.disabled ? "accounts.stateDisabled" : account.mustChangePassword ? "accounts.stateTemporary" : "accounts.stateActive")}</dd>
        <dt>{t("accounts.lastSignIn")}</dt>
        <dd>{account.lastSignInAt ? `${f.date(account.lastSignInAt)} ${f.time(account.lastSignInAt)}` : t("accounts.never")}</dd>
      </dl>
      <h2>{t("accounts.roleTitle")}</h2>
      <RoleForm id={account.id} role={account.role} />
      <h2>{t("accounts.accessTitle")}</h2>
      {account.id === actor.userId ? <p className="meta">{t("accounts.selfNote")}</p> : <DisableForm id={account.id} disabled={account.disabled} />}
      <h2>{t("accounts.temporaryTitle")}</h2>
      <TemporaryPasswordForm id={account.id} />
    </main>
  );
}
