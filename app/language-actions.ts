"use server";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/web/auth/current-actor";
import { getDb } from "@/lib/db";
import { LOCALE_COOKIE, isLocale } from "@/lib/i18n/locales";
import { setUserLocale } from "@/lib/users/set-user-locale";
import { backTo } from "@/lib/web/http/back-to";

const YEAR = 60 * 60 * 24 * 365;

/**
 * Switches the interface language and stays on the same page. A form without
 * state (no useActionState), so it reads its one declared field by hand: the
 * locale, checked against the two languages; anything else changes nothing.
 */
export async function setLocaleAction(form: FormData): Promise<void> {
  const values = form instanceof FormData ? form.getAll("locale") : [];
  const locale = values.length === 1 ? values[0] : null;
  const h = await headers();
  if (isLocale(locale)) {
    (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: YEAR, sameSite: "lax", httpOnly: true });
    const actor = await currentActor();
    if (actor) await setUserLocale(getDb(), actor, locale);
  }
  redirect(backTo(h.get("referer"), h.get("host")));
}
