// Where the data lives: every process needs it (web, scheduler, job CLI, scripts).
import { z } from "zod";
import { DEFAULT_DATABASE_URL, databaseKind } from "../db-url";
import { readSettings } from "./read-settings";

const DatabaseSettingsSchema = z.object({
  DATABASE_URL: z
    .string()
    .default(DEFAULT_DATABASE_URL)
    .refine((url) => {
      try {
        databaseKind(url);
        return true;
      } catch {
        return false;
      }
    }, "must start with file: (SQLite) or postgres:// / postgresql:// (PostgreSQL)"),
});

export type DatabaseSettings = z.infer<typeof DatabaseSettingsSchema>;
export const databaseSettings = (from?: Record<string, string | undefined>): DatabaseSettings => readSettings(DatabaseSettingsSchema, from);
