"use server";
import { redirect } from "next/navigation";
import { headers } from "next/headers";
import { getAuth } from "@/lib/auth/auth";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { errorState, typedValues, type FormState } from "@/lib/http/form-state";
import { createFirstAdmin } from "@/lib/users/create-first-admin";
import { SignInSchema } from "@/lib/users/schemas";
import { parseOrThrow } from "@/lib/validation";

async function signIn(email: string, password: string) {
  // nextCookies() lets better-auth set the session cookie from a server action.
  await getAuth().api.signInEmail({ body: { email, password }, headers: await headers() });
}

export async function signInAction(_prev: FormState, form: FormData): Promise<FormState> {
  try {
    const input = parseOrThrow(SignInSchema, Object.fromEntries(form));
    try {
      await signIn(input.email, input.password);
    } catch {
      // One message for unknown email and wrong password: no account probing.
      throw new AppError("UNAUTHENTICATED", "Email or password is not correct.");
    }
  } catch (error) {
    return errorState(error, form);
  }
  redirect("/");
}

export async function setupAction(_prev: FormState, form: FormData): Promise<FormState> {
  let created: { email: string };
  try {
    created = await createFirstAdmin(getDb(), Object.fromEntries(form));
  } catch (error) {
    return errorState(error, form);
  }
  try {
    await signIn(created.email, String(form.get("password")));
  } catch (error) {
    console.error("[setup] admin created but automatic sign-in failed", error);
    return { status: "ok", message: "Admin account created. Sign in to continue.", values: typedValues(form) };
  }
  redirect("/");
}

export async function signOutAction(): Promise<void> {
  await getAuth().api.signOut({ headers: await headers() });
  redirect("/sign-in");
}
