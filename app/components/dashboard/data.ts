import "server-only";
import { cache } from "react";
import { signedInActor } from "@/lib/auth/current-actor";
import { dashboardState } from "@/lib/dashboard/dashboard-state";
import { getDb } from "@/lib/db";

/** The replayed state, computed once per request and shared by the panels that need it. */
export const dashboardStateFor = cache(async (asOfMs: number) => dashboardState(getDb(), await signedInActor(), new Date(asOfMs)));
