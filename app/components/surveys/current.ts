import "server-only";
import { cache } from "react";
import { getDb } from "@/lib/db";
import { currentSurvey } from "@/lib/surveys/current-survey";
import { listSurveys } from "@/lib/surveys/list-surveys";
import { signedInActor } from "@/lib/web/auth/current-actor";

/** The survey the signed-in person is looking at, once per request. */
export const currentSurveyForPage = cache(async () => currentSurvey(getDb(), await signedInActor()));

export const surveysForPage = cache(async () => listSurveys(getDb(), await signedInActor()));
