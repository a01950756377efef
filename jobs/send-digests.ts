// send-digests: hourly; sends each person's daily or weekly digest of what
// they follow once its period is over (docs/decisions/0077).
import { sendDigests } from "../lib/digests/send-digests";
import { smtpMailer } from "../lib/mail/smtp-mailer";
import { deliverySettings } from "../lib/settings/delivery";
import type { JobDefinition } from "./job-definition";

export const sendDigestsJob: JobDefinition = {
  name: "send-digests",
  description: "Emails each follower's daily or weekly digest, once per period.",
  cron: "10 * * * *",
  run: async ({ db, now, runId, live }) => {
    const s = deliverySettings();
    // A command run about a past day sends nothing: digests go out for the present.
    if (!live) return { sent: 0, skipped: 0 };
    const mailer = smtpMailer({ host: s.SMTP_HOST, port: s.SMTP_PORT, secure: s.SMTP_SECURE, user: s.SMTP_USER, password: s.SMTP_PASSWORD, from: s.MAIL_FROM });
    if (!mailer) return { sent: 0, skipped: 0 };
    try {
      return await sendDigests(db, { now, instance: runId, send: mailer.send, appUrl: s.APP_URL, messageDomain: new URL(s.APP_URL).hostname });
    } finally {
      mailer.close();
    }
  },
};
