"use server";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/current-actor";
import { getDb } from "@/lib/db";
import { LOCALE_COOKIE, isLocale } from "@/lib/i18n/locales";
import { setUserLocale } from "@/lib/users/set-user-locale";

const YEAR = 60 * 60 * 24 * 365;

/** Switches the interface language and stays on the same page. */
export async function setLocaleAction(form: FormData): Promise<void> {
  const locale = form.get("locale");
  if (!isLocale(locale)) return; // a tampered value changes nothing
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: YEAR, sameSite: "lax", httpOnly: true });
  const actor = await currentActor();
  if (actor) await setUserLocale(getDb(), actor, locale);
  const referer = (await headers()).get("referer");
  const path = referer ? new URL(referer).pathname + new URL(referer).search : "/";
  redirect(path.startsWith("/") && !path.startsWith("//") ? path : "/");
}
