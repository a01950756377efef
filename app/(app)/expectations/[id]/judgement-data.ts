import "server-only";
import { cache } from "react";
import { signedInActor } from "@/lib/web/auth/current-actor";
import { getDb } from "@/lib/db";
import { getJudgementView } from "@/lib/judgement/get-judgement-view";

/** One expectation's judgement, read once per request for the header and the section. */
export const judgementViewFor = cache(async (id: string) => getJudgementView(getDb(), await signedInActor(), id, new Date()));
