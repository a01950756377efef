import { redirect } from "next/navigation";
import { logDevelopmentAction } from "../actions";
import { DevelopmentForm } from "@/app/components/development-form/development-form";
import { emptyDevelopment } from "@/app/components/development-form/values";
import { signedInActor } from "@/lib/auth/current-actor";
import { roleCan } from "@/lib/auth/roles";
import { getDb } from "@/lib/db";
import { loadDevelopmentFormOptions } from "@/lib/developments/form-data";

export const dynamic = "force-dynamic";
export const metadata = { title: "Log a development" };

export default async function NewDevelopmentPage({ searchParams }: { searchParams: Promise<{ expectation?: string }> }) {
  const actor = await signedInActor();
  if (!roleCan(actor.role, "write:evidence")) redirect("/developments");
  const { expectations, known } = await loadDevelopmentFormOptions(getDb(), actor);
  const { expectation } = await searchParams;
  const initial = emptyDevelopment();
  if (expectation && expectations.some((e) => e.id === expectation)) initial.links = [{ expectationId: expectation, stance: "", rationale: "" }];
  return (
    <main>
      <h1>Log a development</h1>
      <DevelopmentForm action={logDevelopmentAction} initial={initial} known={known} expectations={expectations} submitLabel="Save development" />
    </main>
  );
}
