// What the scheduler and the job CLI read.
import { z } from "zod";
import { readSettings } from "./read-settings";

const JobSettingsSchema = z.object({
  SCHEDULER_INSTANCE: z.string().default(() => `scheduler-${process.pid}`),
  // An open expectation with no new evidence for this many days is flagged stale.
  STALE_AFTER_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  // A development linked to nothing this many days after it was logged is flagged.
  UNLINKED_AFTER_DAYS: z.coerce.number().int().min(1).max(3650).default(7),
  // Daily SQLite backups into this folder; empty (the default) turns them off.
  BACKUP_DIR: z.string().default(""),
  // How many daily backups to keep; older ones are deleted.
  BACKUP_KEEP: z.coerce.number().int().min(1).max(3650).default(7),
});

export type JobSettings = z.infer<typeof JobSettingsSchema>;
export const jobSettings = (from?: Record<string, string | undefined>): JobSettings => readSettings(JobSettingsSchema, from);
