import "server-only";
import { cache } from "react";
import { signedInActor } from "@/lib/web/auth/current-actor";
import { dashboardState } from "@/lib/dashboard/dashboard-state";
import { getDb } from "@/lib/db";
import { currentSurveyForPage } from "@/app/components/surveys/current";

/** The judged state of the survey the person is looking at, computed once per request and shared by the panels that need it. */
export const dashboardStateFor = cache(async (day: number, knownThen: boolean) => {
  const survey = await currentSurveyForPage();
  return dashboardState(getDb(), await signedInActor(), { day, knownThen }, { surveyId: survey?.id });
});
