// A real SMTP server and a real webhook receiver on loopback, for tests.
// The SMTP server keeps every message, parsed; the receiver checks each
// delivery's Standard Webhooks signature and answers as the test says.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { verifyWebhook } from "../../lib/webhooks/signature";

export type ReceivedMail = { to: string; subject: string; text: string; html: string; messageId: string };

export async function startSmtpServer(): Promise<{ port: number; mails: ReceivedMail[]; rejectNext: { count: number }; close: () => Promise<void> }> {
  const mails: ReceivedMail[] = [];
  const rejectNext = { count: 0 };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          if (rejectNext.count > 0) {
            rejectNext.count--;
            const error = new Error("mailbox busy, try later") as Error & { responseCode: number };
            error.responseCode = 451;
            return callback(error);
          }
          const to = Array.isArray(parsed.to) ? parsed.to.map((a) => a.text).join(", ") : (parsed.to?.text ?? "");
          mails.push({
            to,
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            html: typeof parsed.html === "string" ? parsed.html : "",
            messageId: parsed.messageId ?? "",
          });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return { port, mails, rejectNext, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

export type ReceivedHook = { id: string; timestamp: string; signature: string; body: string; verified: boolean; answered: number };

/** Answers each request with the next status in `answers` (then 200); records every request. */
export async function startWebhookReceiver(secret: () => string) {
  const hooks: ReceivedHook[] = [];
  const answers: number[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const h = {
        id: String(req.headers["webhook-id"] ?? ""),
        timestamp: String(req.headers["webhook-timestamp"] ?? ""),
        signature: String(req.headers["webhook-signature"] ?? ""),
      };
      const answered = answers.shift() ?? 200;
      hooks.push({ ...h, body, verified: verifyWebhook(secret(), h, body), answered });
      res.writeHead(answered).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    hooks,
    answers,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
