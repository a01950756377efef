import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { updateDevelopmentAction } from "../../actions";
import { DevelopmentForm } from "@/app/components/development-form/development-form";
import { signedInActor } from "@/lib/web/auth/current-actor";
import { roleCan } from "@/lib/auth/roles";
import { getDb } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { loadDevelopmentForEdit } from "@/lib/developments/form-data";
import { listKnownNames } from "@/lib/developments/names";

export const dynamic = "force-dynamic";
export async function generateMetadata() {
  return { title: (await getTranslations())("developmentForm.editTitle") };
}

export default async function EditDevelopmentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await signedInActor();
  if (!roleCan(actor.role, "write:evidence")) redirect(`/developments/${id}?notice=read-only`);
  const db = getDb();
  const loaded = await loadDevelopmentForEdit(db, actor, id).catch((error) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  if (loaded.deleted) redirect(`/developments/${id}`);
  const t = await getTranslations();
  return (
    <main>
      <h1>{t("developmentForm.editTitle")}</h1>
      <p className="meta">{t("developmentForm.editNote")}</p>
      <DevelopmentForm
        action={updateDevelopmentAction.bind(null, id)}
        initial={loaded.values}
        known={await listKnownNames(db)}
        expectedVersion={loaded.version}
        submitLabel={t("developmentForm.saveEdit")}
      />
    </main>
  );
}
