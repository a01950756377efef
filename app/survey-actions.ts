"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/web/auth/current-actor";
import { getDb } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { chooseSurvey } from "@/lib/surveys/choose-survey";
import { backTo } from "@/lib/web/http/back-to";

/**
 * Switches the survey the pages show and stays on the same page. A form
 * without state, like the language switch: the actor is checked before the
 * one declared field is read; a survey that does not exist changes nothing.
 */
export async function chooseSurveyAction(form: FormData): Promise<void> {
  const actor = await currentActor();
  if (!actor) redirect("/sign-in");
  const values = form instanceof FormData ? form.getAll("survey") : [];
  const h = await headers();
  if (values.length === 1 && typeof values[0] === "string") {
    try {
      await chooseSurvey(getDb(), actor, { survey: values[0] });
    } catch (error) {
      if (!isAppError(error)) throw error;
    }
  }
  redirect(backTo(h.get("referer"), h.get("host")));
}
