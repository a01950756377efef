import "server-only";
import { cache } from "react";
import { signedInActor } from "@/lib/web/auth/current-actor";
import { dashboardState } from "@/lib/dashboard/dashboard-state";
import { getDb } from "@/lib/db";

/** The judged state, computed once per request and shared by the panels that need it. */
export const dashboardStateFor = cache(async (day: number, knownThen: boolean) => dashboardState(getDb(), await signedInActor(), { day, knownThen }));
