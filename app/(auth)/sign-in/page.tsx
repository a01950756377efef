import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LanguageSwitcher } from "@/app/components/language-switcher";
import { ProductMark } from "@/app/components/product-mark";
import { currentActor } from "@/lib/web/auth/current-actor";
import { getDb } from "@/lib/db";
import { isInstalled } from "@/lib/users/create-first-admin";
import { SignInForm } from "./sign-in-form";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations())("auth.signIn.pageTitle") };
}

export default async function SignInPage() {
  if (!(await isInstalled(getDb()))) redirect("/setup");
  if (await currentActor()) redirect("/");
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
      <p className="meta">{t("app.description")}</p>
      <h1>{t("auth.signIn.title")}</h1>
      <p className="meta">{t("auth.signIn.note")}</p>
      <SignInForm />
    </main>
  );
}
