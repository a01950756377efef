import { purgeExpiredSessions } from "../lib/auth/purge-expired-sessions";
import type { JobDefinition } from "./job-definition";

export const purgeSessionsJob: JobDefinition = {
  name: "purge-sessions",
  description: "Deletes expired sessions and verification tokens.",
  cron: "17 * * * *", // hourly, off the top of the hour
  run: ({ db, now }) => purgeExpiredSessions(db, now),
};
