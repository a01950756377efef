"use server";
import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/current-actor";
import { getDb } from "@/lib/db";
import { errorState, type FormState } from "@/lib/http/form-state";
import { createUser } from "@/lib/users/create-user";

export async function createUserAction(_prev: FormState, form: FormData): Promise<FormState> {
  try {
    await createUser(getDb(), await currentActor(), Object.fromEntries(form));
  } catch (error) {
    return errorState(error, form);
  }
  revalidatePath("/admin/users");
  return { status: "ok", message: `Account created for ${String(form.get("email"))}. Share the password with them privately.` };
}
