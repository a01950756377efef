"use server";
import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/current-actor";
import { getDb } from "@/lib/db";
import { errorState, okState, type FormState } from "@/lib/http/form-state";
import { createUser } from "@/lib/users/create-user";

export async function createUserAction(_prev: FormState, form: FormData): Promise<FormState> {
  try {
    await createUser(getDb(), await currentActor(), Object.fromEntries(form));
  } catch (error) {
    return errorState(error, form);
  }
  revalidatePath("/admin/users");
  return okState("users.created", { email: String(form.get("email")).trim().toLowerCase() });
}
