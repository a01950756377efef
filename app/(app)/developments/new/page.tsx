import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { logDevelopmentAction } from "../actions";
import { DevelopmentForm } from "@/app/components/development-form/development-form";
import { emptyDevelopment } from "@/app/components/development-form/values";
import { signedInActor } from "@/lib/web/auth/current-actor";
import { roleCan } from "@/lib/auth/roles";
import { getDb } from "@/lib/db";
import { loadDevelopmentFormOptions } from "@/lib/developments/form-data";
import { loadAcceptPrefill } from "@/lib/inbox/accept-prefill";
import { serverI18n } from "@/lib/web/i18n/server";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations())("developmentForm.newTitle") };
}

export default async function NewDevelopmentPage({ searchParams }: { searchParams: Promise<{ expectation?: string; item?: string }> }) {
  const actor = await signedInActor();
  if (!roleCan(actor.role, "write:evidence")) redirect("/developments?notice=read-only");
  const { t, locale } = await serverI18n();
  const { expectations, known } = await loadDevelopmentFormOptions(getDb(), actor, locale);
  const { expectation, item } = await searchParams;
  let initial = emptyDevelopment();
  if (expectation && expectations.some((e) => e.id === expectation))
    initial.links = [{ expectationId: expectation, stance: "", decisive: "NONE", rationale: "" }];
  // Accepting an inbox item: its words, source and proposed links, all editable.
  const prefill = item && /^[A-Za-z0-9_-]{1,40}$/.test(item) ? await loadAcceptPrefill(getDb(), actor, item, new Date()).catch(() => null) : null;
  if (prefill) {
    initial = {
      ...prefill.values,
      links: prefill.proposals.map((p) => ({
        expectationId: p.expectationId,
        stance: p.stance,
        decisive: "NONE",
        rationale: t("inbox.rationale", { rule: p.label, term: p.term }),
      })),
    };
  }
  return (
    <main>
      <h1>{t("developmentForm.newTitle")}</h1>
      {prefill ? <p className="notice">{t("inbox.acceptNotice")}</p> : null}
      <DevelopmentForm
        action={logDevelopmentAction}
        initial={initial}
        known={known}
        expectations={expectations}
        submitLabel={t("developmentForm.saveNew")}
        hidden={prefill ? { feedItemId: prefill.itemId } : undefined}
      />
    </main>
  );
}
