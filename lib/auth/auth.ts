import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { admin } from "better-auth/plugins";
import { getDb } from "../db";
import { databaseKind } from "../db-url";
import { env } from "../env";
import { accessControl, authRoles } from "./access-control";

import { MIN_PASSWORD_LENGTH } from "../users/schemas";

function createAuth() {
  const { DATABASE_URL, BETTER_AUTH_SECRET, APP_URL } = env();
  return betterAuth({
    appName: "Outlook Tracker",
    baseURL: APP_URL,
    secret: BETTER_AUTH_SECRET,
    database: prismaAdapter(getDb(), {
      provider: databaseKind(DATABASE_URL) === "postgres" ? "postgresql" : "sqlite",
    }),
    emailAndPassword: {
      enabled: true,
      // Accounts are made by the first-run setup and by admins, never by
      // strangers: the public sign-up endpoint stays closed.
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: 200,
    },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    advanced: {
      // http://localhost in the quickstart; a deployment behind https gets
      // Secure cookies because APP_URL says https.
      useSecureCookies: APP_URL.startsWith("https://"),
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
    },
    rateLimit: {
      enabled: true,
      window: 60,
      max: 300,
      customRules: { "/sign-in/email": { window: 60, max: 30 } },
    },
    telemetry: { enabled: false },
    plugins: [
      admin({ ac: accessControl, roles: authRoles, defaultRole: "viewer", adminRoles: ["admin"] }),
      // Lets server actions set the session cookie (sign-in, first-run setup).
      nextCookies(),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;

const holder = globalThis as unknown as { __trackerAuth?: Auth };

export function getAuth(): Auth {
  holder.__trackerAuth ??= createAuth();
  return holder.__trackerAuth;
}
