"use server";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { getAuth } from "@/lib/web/auth/auth";
import { signInWithPassword } from "@/lib/web/auth/sign-in";
import { getDb } from "@/lib/db";
import { okState } from "@/lib/web/http/action-state";
import { FIELDS } from "@/lib/web/http/action-fields";
import { clientOf } from "@/lib/web/http/client";
import { publicAction } from "@/lib/web/http/server-action";
import { logger } from "@/lib/log/logger";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { createFirstAdmin } from "@/lib/users/create-first-admin";
import { SignInSchema } from "@/lib/users/schemas";
import { userLocale } from "@/lib/users/set-user-locale";
import { parseOrThrow } from "@/lib/validation";

async function rememberLocale(email: string) {
  // The language this user chose last time, in whatever browser.
  const locale = await userLocale(getDb(), email);
  if (locale) (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax", httpOnly: true });
}

export const signInAction = publicAction({
  fields: FIELDS.signIn,
  run: async ({ db, input, now, headers: h }) => {
    const { email, password } = parseOrThrow(SignInSchema, input);
    await signInWithPassword(db, { email, password, address: clientOf(h).address }, h, now);
    await rememberLocale(email);
  },
  done: () => redirect("/"),
});

export const setupAction = publicAction({
  fields: FIELDS.firstAdmin,
  run: async ({ db, input, now, headers: h }) => {
    const created = await createFirstAdmin(db, input);
    try {
      await signInWithPassword(db, { email: created.email, password: String(input.password), address: clientOf(h).address }, h, now);
      return true;
    } catch (error) {
      logger().error({ err: error }, "admin created but automatic sign-in failed");
      return false;
    }
  },
  done: (signedIn) => (signedIn ? redirect("/") : okState("auth.setup.createdSignIn")),
});

export async function signOutAction(): Promise<void> {
  await getAuth().api.signOut({ headers: await headers() });
  redirect("/sign-in");
}
