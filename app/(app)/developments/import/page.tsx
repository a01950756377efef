import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { signedInActor } from "@/lib/web/auth/current-actor";
import { roleCan } from "@/lib/auth/roles";
import { ImportForm } from "./import-form";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations())("import.title") };
}

export default async function ImportDevelopmentsPage() {
  const actor = await signedInActor();
  if (!roleCan(actor.role, "write:evidence")) redirect("/developments?notice=read-only");
  const t = await getTranslations("import");
  return (
    <main>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <ImportForm />
    </main>
  );
}
