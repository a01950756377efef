"use server";
import { revalidatePath } from "next/cache";
import { requireAbility } from "@/lib/auth/actor";
import { currentActor } from "@/lib/auth/current-actor";
import { getDb } from "@/lib/db";
import { errorState, okState, type FormState } from "@/lib/http/form-state";
import { setCoverage } from "@/lib/judgement/coverage";

export async function setCoverageAction(_prev: FormState, form: FormData): Promise<FormState> {
  try {
    const actor = requireAbility(await currentActor(), "write:evidence");
    await setCoverage(getDb(), actor, { surveyId: form.get("surveyId"), throughDay: form.get("throughDay") }, new Date());
  } catch (error) {
    return errorState(error, form);
  }
  revalidatePath("/");
  return okState("coverage.saved");
}
