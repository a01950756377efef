// @ts-check
const createNextIntlPlugin = require("next-intl/plugin");

// The interface language comes from lib/i18n/request.ts (no locale in URLs).
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and driver modules are loaded by Node at run time, not bundled.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "pg"],
  poweredByHeader: false,
};

module.exports = withNextIntl(nextConfig);
