// One structured (JSON lines) logger for the server: errors with their detail,
// security events with the client address. Written to stdout synchronously so
// nothing is lost when the process stops; no worker-thread transport.
import pino, { type Logger } from "pino";

const holder = globalThis as unknown as { __trackerLogger?: Logger };

export function logger(): Logger {
  holder.__trackerLogger ??= pino({
    level: process.env.LOG_LEVEL ?? "info",
    base: { pid: process.pid },
    // Whatever a caller passes, these never reach the log.
    redact: { paths: ["password", "*.password", "headers.cookie", "*.headers.cookie"], censor: "[redacted]" },
  });
  return holder.__trackerLogger;
}
