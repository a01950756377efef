// The one way mail leaves the product: nodemailer over the SMTP server the
// settings name. Returns null when no server is set (digests are then not sent).
import nodemailer from "nodemailer";
import type { SendMail } from "../digests/send-digests";

export type SmtpOptions = { host: string; port: number; secure: boolean; user: string; password: string; from: string };

export function smtpMailer(o: SmtpOptions): { send: SendMail; close: () => void } | null {
  if (!o.host) return null;
  const transport = nodemailer.createTransport({
    host: o.host,
    port: o.port,
    secure: o.secure,
    auth: o.user ? { user: o.user, pass: o.password } : undefined,
    connectionTimeout: 20_000,
    greetingTimeout: 20_000,
    socketTimeout: 60_000,
  });
  return {
    send: async (mail) => {
      await transport.sendMail({ from: o.from, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html, messageId: mail.messageId });
    },
    close: () => transport.close(),
  };
}
