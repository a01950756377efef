// @ts-check
const createNextIntlPlugin = require("next-intl/plugin");

// The interface language comes from lib/web/i18n/request.ts (no locale in URLs).
const withNextIntl = createNextIntlPlugin("./lib/web/i18n/request.ts");

// On every response, static files included; the CSP (with its per-request
// nonce) and HSTS are set by proxy.ts (docs/decisions/0015).
const SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and driver modules are loaded by Node at run time, not bundled;
  // pdfkit reads its font metrics from its own folder at run time.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "pg", "pino", "pdfkit"],
  poweredByHeader: false,
  // `npm test` type-checks the whole project (tests and scripts included) with
  // tsc just before it builds, and says so with this variable; every other
  // build checks types itself (docs/decisions/0098).
  typescript: { ignoreBuildErrors: process.env.BUILD_TYPES_CHECKED === "1" },
  experimental: {
    // Chosen, not Next's default: the largest honest development form is
    // about 250 KB of Korean text; lib/web/http/read-form.ts refuses more than
    // 256 K characters with a "too long" message the user can act on, and
    // scripts/serve.mjs refuses a declared length over this before reading it
    // (docs/decisions/0011-security-limits.md).
    serverActions: { bodySizeLimit: "2mb" },
  },
  async headers() {
    return [{ source: "/:path*", headers: SECURITY_HEADERS }];
  },
};

module.exports = withNextIntl(nextConfig);
