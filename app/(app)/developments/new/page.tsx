import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { logDevelopmentAction } from "../actions";
import { DevelopmentForm } from "@/app/components/development-form/development-form";
import { emptyDevelopment } from "@/app/components/development-form/values";
import { signedInActor } from "@/lib/web/auth/current-actor";
import { roleCan } from "@/lib/auth/roles";
import { getDb } from "@/lib/db";
import { loadDevelopmentFormOptions } from "@/lib/developments/form-data";
import { serverI18n } from "@/lib/web/i18n/server";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations())("developmentForm.newTitle") };
}

export default async function NewDevelopmentPage({ searchParams }: { searchParams: Promise<{ expectation?: string }> }) {
  const actor = await signedInActor();
  if (!roleCan(actor.role, "write:evidence")) redirect("/developments?notice=read-only");
  const { t, locale } = await serverI18n();
  const { expectations, known } = await loadDevelopmentFormOptions(getDb(), actor, locale);
  const { expectation } = await searchParams;
  const initial = emptyDevelopment();
  if (expectation && expectations.some((e) => e.id === expectation))
    initial.links = [{ expectationId: expectation, stance: "", decisive: "NONE", rationale: "" }];
  return (
    <main>
      <h1>{t("developmentForm.newTitle")}</h1>
      <DevelopmentForm action={logDevelopmentAction} initial={initial} known={known} expectations={expectations} submitLabel={t("developmentForm.saveNew")} />
    </main>
  );
}
