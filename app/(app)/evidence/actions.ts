"use server";
// Evidence links, changed from either side: the development's page or the
// expectation's page. Both pages are refreshed after each change.
import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/current-actor";
import { getDb } from "@/lib/db";
import { addEvidenceLink, removeEvidenceLink, updateEvidenceLink } from "@/lib/evidence/link-evidence";
import { errorState, okState, type FormState } from "@/lib/http/form-state";

function refresh(developmentId: string, expectationId: string) {
  revalidatePath(`/developments/${developmentId}`);
  revalidatePath(`/expectations/${expectationId}`);
}

export async function addLinkAction(_prev: FormState, form: FormData): Promise<FormState> {
  const input = Object.fromEntries(form);
  try {
    await addEvidenceLink(getDb(), await currentActor(), input);
  } catch (error) {
    return errorState(error, form);
  }
  refresh(String(input.developmentId), String(input.expectationId));
  return okState("evidence.saved");
}

type LinkRef = { linkId: string; developmentId: string; expectationId: string };

export async function updateLinkAction(ref: LinkRef, _prev: FormState, form: FormData): Promise<FormState> {
  try {
    await updateEvidenceLink(getDb(), await currentActor(), ref.linkId, Object.fromEntries(form));
  } catch (error) {
    return errorState(error, form);
  }
  refresh(ref.developmentId, ref.expectationId);
  return okState("evidence.updated");
}

export async function removeLinkAction(ref: LinkRef, _prev: FormState, form: FormData): Promise<FormState> {
  try {
    await removeEvidenceLink(getDb(), await currentActor(), ref.linkId, new Date());
  } catch (error) {
    return errorState(error, form);
  }
  refresh(ref.developmentId, ref.expectationId);
  return okState("evidence.removed");
}
