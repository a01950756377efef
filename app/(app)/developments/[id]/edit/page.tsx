import { notFound, redirect } from "next/navigation";
import { updateDevelopmentAction } from "../../actions";
import { DevelopmentForm } from "@/app/components/development-form/development-form";
import { signedInActor } from "@/lib/auth/current-actor";
import { roleCan } from "@/lib/auth/roles";
import { getDb } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { loadDevelopmentForEdit } from "@/lib/developments/form-data";
import { listKnownNames } from "@/lib/developments/names";

export const dynamic = "force-dynamic";
export const metadata = { title: "Edit development" };

export default async function EditDevelopmentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await signedInActor();
  if (!roleCan(actor.role, "write:evidence")) redirect(`/developments/${id}`);
  const db = getDb();
  const loaded = await loadDevelopmentForEdit(db, actor, id).catch((error) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  if (loaded.deleted) redirect(`/developments/${id}`);
  return (
    <main>
      <h1>Edit development</h1>
      <p className="meta">Saving keeps the current version in the history. Links are changed on the development&apos;s page.</p>
      <DevelopmentForm
        action={updateDevelopmentAction.bind(null, id)}
        initial={loaded.values}
        known={await listKnownNames(db)}
        expectedVersion={loaded.version}
        submitLabel="Save changes"
      />
    </main>
  );
}
