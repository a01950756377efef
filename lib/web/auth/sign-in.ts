import "server-only";
// Password sign-in through better-auth, under the per-account and per-address
// limit (./sign-in-limit.ts). The server action calls better-auth's API
// directly, which skips better-auth's own limiter: this is the one gate.
import { APIError } from "better-auth/api";
import type { Db } from "../../db-client";
import { getAuth } from "./auth";
import { limitedSignIn } from "../../auth/sign-in-limit";

export async function signInWithPassword(db: Db, who: { email: string; password: string; address: string }, headers: Headers, now: Date) {
  await limitedSignIn(db, { email: who.email, address: who.address }, now, async () => {
    try {
      // nextCookies() lets better-auth set the session cookie from a server action.
      await getAuth().api.signInEmail({ body: { email: who.email, password: who.password }, headers });
      return true;
    } catch (error) {
      // Wrong email, wrong password, banned: one answer, no account probing.
      if (error instanceof APIError && error.statusCode >= 400 && error.statusCode < 500) return false;
      throw error;
    }
  });
}
