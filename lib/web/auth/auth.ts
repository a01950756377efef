import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { admin } from "better-auth/plugins";
import { getDb } from "../../db";
import { databaseKind } from "../../db-url";
import { databaseSettings } from "../../settings/database";
import { webSettings } from "../../settings/web";
import { accessControl, authRoles } from "../../auth/access-control";
import { CLIENT_ADDRESS_HEADER } from "../http/client-headers";

import { MIN_PASSWORD_LENGTH } from "../../users/schemas";

function createAuth() {
  const { DATABASE_URL } = databaseSettings();
  const { BETTER_AUTH_SECRET, APP_URL, SESSION_COOKIE_SAMESITE } = webSettings();
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
    // Read with the user on every request so that a pending temporary
    // password (lib/users/set-temporary-password.ts) takes effect at once.
    user: { additionalFields: { mustChangePassword: { type: "boolean", required: false, defaultValue: false, input: false } } },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    advanced: {
      // http://localhost in the quickstart; a deployment behind https gets
      // Secure cookies because APP_URL says https.
      useSecureCookies: APP_URL.startsWith("https://"),
      // Strict: the browser sends the session with no request another site
      // starts, links included (SESSION_COOKIE_SAMESITE=lax relaxes that;
      // docs/decisions/0011-security-limits.md).
      defaultCookieAttributes: { httpOnly: true, sameSite: SESSION_COOKIE_SAMESITE },
      // The client address as scripts/serve.mjs sets it (never a header a
      // client could choose), for the sessions' ipAddress column.
      ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] },
    },
    // Sign-in is limited by lib/auth/sign-in-limit.ts on every path, in the
    // database; better-auth's own limiter keyed clients by a header anyone can
    // set, and its other endpoints are closed (app/api/auth/[...all]/route.ts).
    rateLimit: { enabled: false },
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
