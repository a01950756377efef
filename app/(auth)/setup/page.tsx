import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LanguageSwitcher } from "@/app/components/language-switcher";
import { ProductMark } from "@/app/components/product-mark";
import { getDb } from "@/lib/db";
import { isInstalled } from "@/lib/users/create-first-admin";
import { SetupForm } from "./setup-form";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations())("auth.setup.pageTitle") };
}

export default async function SetupPage() {
  if (await isInstalled(getDb())) redirect("/sign-in");
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
      <h1>{t("auth.setup.title")}</h1>
      <p>{t("auth.setup.intro")}</p>
      <SetupForm />
    </main>
  );
}
