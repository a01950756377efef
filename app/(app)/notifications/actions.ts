"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/web/auth/current-actor";
import { getDb } from "@/lib/db";
import { markNotificationsSeen } from "@/lib/notifications/list-notifications";

/** A form without state and without fields: signed out, it goes to sign-in instead of failing. */
export async function markSeenAction(): Promise<void> {
  const actor = await currentActor();
  if (!actor) redirect("/sign-in");
  await markNotificationsSeen(getDb(), actor, new Date());
  revalidatePath("/notifications");
}
