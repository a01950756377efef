"use server";
import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/current-actor";
import { getDb } from "@/lib/db";
import { updateThresholds } from "@/lib/expectations/update-thresholds";
import { errorState, okState, type FormState } from "@/lib/http/form-state";

export async function updateThresholdsAction(id: string, _prev: FormState, form: FormData): Promise<FormState> {
  try {
    await updateThresholds(getDb(), await currentActor(), id, {
      confirmThreshold: form.get("confirmThreshold"),
      contradictThreshold: form.get("contradictThreshold"),
      expectedVersion: form.get("expectedVersion"),
    });
  } catch (error) {
    return errorState(error, form);
  }
  revalidatePath(`/expectations/${id}`);
  return okState("thresholds.saved");
}
