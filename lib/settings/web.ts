// What only the web server reads: sessions, its own address, the proxy in front.
import { z } from "zod";
import { readSettings } from "./read-settings";

const WebSettingsSchema = z.object({
  BETTER_AUTH_SECRET: z
    .string({ error: "is required: a random string of at least 32 characters (npm run quickstart writes one to .env)" })
    .min(32, "must be at least 32 characters"),
  APP_URL: z.url().default("http://localhost:3000"),
  // SameSite of the session cookie: strict unless an operator needs links from
  // other sites to arrive signed in (docs/decisions/0011-security-limits.md).
  SESSION_COOKIE_SAMESITE: z.enum(["strict", "lax"]).default("strict"),
  // The CJK font the briefing PDF is drawn with (Korean needs one), and the
  // face to take from a font collection (.ttc); Debian's fonts-noto-cjk by default.
  BRIEFING_FONT_PATH: z.string().default("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
  BRIEFING_FONT_FAMILY: z.string().default("NotoSansCJKkr-Regular"),
  // Read by scripts/serve.mjs: the header a trusted reverse proxy sets to the
  // client's address; empty means the socket's address (docs/decisions/0012).
  // Who may edit expectations (docs/decisions/0095): admins only, or analysts too.
  EXPECTATION_EDITORS: z.enum(["admins", "admins-and-analysts"]).default("admins"),
  TRUSTED_PROXY_HEADER: z
    .string()
    .regex(/^[A-Za-z0-9-]*$/, "must be a header name such as x-forwarded-for")
    .default(""),
});

export type WebSettings = z.infer<typeof WebSettingsSchema>;
export const webSettings = (from?: Record<string, string | undefined>): WebSettings => readSettings(WebSettingsSchema, from);
