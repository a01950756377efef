import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LanguageSwitcher } from "@/app/components/language-switcher";
import { ProductMark } from "@/app/components/product-mark";
import { currentActor } from "@/lib/web/auth/current-actor";
import { ChangePasswordForm } from "./change-password-form";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations())("accounts.passwordTitle") };
}

export default async function ChangePasswordPage() {
  const actor = await currentActor();
  if (!actor) redirect("/sign-in");
  const t = await getTranslations();
  return (
    <main className="auth-box">
      <header className="auth-head">
        <p className="product">
          <ProductMark />
          {t("app.name")}
        </p>
        <LanguageSwitcher />
      </header>
      <h1>{t("accounts.passwordTitle")}</h1>
      <p className="meta">{actor.mustChangePassword ? t("accounts.passwordForced") : t("accounts.passwordNote")}</p>
      <ChangePasswordForm />
      {actor.mustChangePassword ? null : (
        <p>
          <Link href="/account/tokens">{t("apiTokens.title")}</Link> · <Link href="/">{t("accounts.backHome")}</Link>
        </p>
      )}
    </main>
  );
}
