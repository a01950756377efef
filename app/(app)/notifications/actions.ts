"use server";
import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/current-actor";
import { getDb } from "@/lib/db";
import { markNotificationsSeen } from "@/lib/notifications/list-notifications";

export async function markSeenAction(): Promise<void> {
  await markNotificationsSeen(getDb(), await currentActor(), new Date());
  revalidatePath("/notifications");
}
