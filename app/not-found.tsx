import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations();
  return (
    <main className="auth-box">
      <h1>{t("common.notFound")}</h1>
      <p>
        <Link href="/">{t("nav.dashboard")}</Link>
      </p>
    </main>
  );
}
