"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireAbility } from "@/lib/auth/actor";
import { currentActor } from "@/lib/auth/current-actor";
import { getDb } from "@/lib/db";
import { deleteDevelopment, restoreDevelopment } from "@/lib/developments/delete-development";
import { logDevelopment } from "@/lib/developments/log-development";
import { updateDevelopment } from "@/lib/developments/update-development";
import { errorState, type FormState } from "@/lib/http/form-state";
import { nestFormData } from "@/lib/http/nested-form";

export async function logDevelopmentAction(_prev: FormState, form: FormData): Promise<FormState> {
  let id: string;
  try {
    // The actor is checked before the body is walked: an anonymous post stops here.
    const actor = requireAbility(await currentActor(), "write:evidence");
    ({ id } = await logDevelopment(getDb(), actor, nestFormData(form), new Date()));
  } catch (error) {
    return errorState(error, form);
  }
  revalidatePath("/developments");
  redirect(`/developments/${id}?saved=created`);
}

export async function updateDevelopmentAction(id: string, _prev: FormState, form: FormData): Promise<FormState> {
  try {
    const actor = requireAbility(await currentActor(), "write:evidence");
    await updateDevelopment(getDb(), actor, id, nestFormData(form), new Date());
  } catch (error) {
    return errorState(error, form);
  }
  revalidatePath(`/developments/${id}`);
  redirect(`/developments/${id}?saved=updated`);
}

export async function deleteDevelopmentAction(id: string, _prev: FormState, _form: FormData): Promise<FormState> {
  try {
    await deleteDevelopment(getDb(), await currentActor(), id, new Date());
  } catch (error) {
    return errorState(error, _form);
  }
  revalidatePath("/developments");
  redirect(`/developments?removed=${id}`);
}

export async function restoreDevelopmentAction(id: string, _prev: FormState, form: FormData): Promise<FormState> {
  try {
    await restoreDevelopment(getDb(), await currentActor(), id, new Date());
  } catch (error) {
    return errorState(error, form);
  }
  revalidatePath(`/developments/${id}`);
  redirect(`/developments/${id}?saved=restored`);
}
