// Settings are read per group (docs/decisions/0041): the job CLI and the
// scheduler start without the web server's secret, and a bad value is named.
import { describe, expect, it } from "vitest";
import { databaseSettings } from "../../lib/settings/database";
import { jobSettings } from "../../lib/settings/jobs";
import { webSettings } from "../../lib/settings/web";

describe("settings", () => {
  it("lets the jobs start with no auth secret at all", () => {
    expect(jobSettings({ STALE_AFTER_DAYS: "10" })).toMatchObject({ STALE_AFTER_DAYS: 10, UNLINKED_AFTER_DAYS: 7, BACKUP_DIR: "" });
    expect(databaseSettings({})).toEqual({ DATABASE_URL: "file:./data/tracker.db" });
  });

  it("refuses to start the web server without a long enough secret, naming the variable", () => {
    expect(() => webSettings({})).toThrow(/BETTER_AUTH_SECRET: is required/);
    expect(() => webSettings({ BETTER_AUTH_SECRET: "short" })).toThrow(/BETTER_AUTH_SECRET: must be at least 32 characters/);
    expect(webSettings({ BETTER_AUTH_SECRET: "x".repeat(32) })).toMatchObject({ APP_URL: "http://localhost:3000", SESSION_COOKIE_SAMESITE: "strict" });
  });

  it("lists every bad variable of a group in one error", () => {
    expect(() => jobSettings({ STALE_AFTER_DAYS: "0", BACKUP_KEEP: "many" })).toThrow(/STALE_AFTER_DAYS[\s\S]*BACKUP_KEEP/);
    expect(() => databaseSettings({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL: must start with file:/);
  });
});
