"use server";
import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/current-actor";
import { getDb } from "@/lib/db";
import { errorState, okState, type FormState } from "@/lib/http/form-state";
import { overrideStatus, releaseOverride } from "@/lib/judgement/override-status";

export async function overrideStatusAction(id: string, _prev: FormState, form: FormData): Promise<FormState> {
  try {
    await overrideStatus(getDb(), await currentActor(), id, Object.fromEntries(form), new Date());
  } catch (error) {
    return errorState(error, form);
  }
  revalidatePath(`/expectations/${id}`);
  return okState("judgement.overrideSaved");
}

export async function releaseOverrideAction(id: string, _prev: FormState, form: FormData): Promise<FormState> {
  try {
    await releaseOverride(getDb(), await currentActor(), id, new Date());
  } catch (error) {
    return errorState(error, form);
  }
  revalidatePath(`/expectations/${id}`);
  return okState("judgement.released");
}
