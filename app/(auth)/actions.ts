"use server";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { getAuth } from "@/lib/auth/auth";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { errorState, okState, type FormState } from "@/lib/http/form-state";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { createFirstAdmin } from "@/lib/users/create-first-admin";
import { SignInSchema } from "@/lib/users/schemas";
import { userLocale } from "@/lib/users/set-user-locale";
import { parseOrThrow } from "@/lib/validation";

async function signIn(email: string, password: string) {
  // nextCookies() lets better-auth set the session cookie from a server action.
  await getAuth().api.signInEmail({ body: { email, password }, headers: await headers() });
  // The language this user chose last time, in whatever browser.
  const locale = await userLocale(getDb(), email);
  if (locale) (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax", httpOnly: true });
}

export async function signInAction(_prev: FormState, form: FormData): Promise<FormState> {
  try {
    const input = parseOrThrow(SignInSchema, Object.fromEntries(form));
    try {
      await signIn(input.email, input.password);
    } catch {
      // One message for unknown email and wrong password: no account probing.
      throw new AppError("UNAUTHENTICATED", "errors.signInFailed");
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
    return okState("auth.setup.createdSignIn");
  }
  redirect("/");
}

export async function signOutAction(): Promise<void> {
  await getAuth().api.signOut({ headers: await headers() });
  redirect("/sign-in");
}
