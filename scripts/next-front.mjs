#!/usr/bin/env node
// The web server: the built Next app behind a small front in one process
// (Next's custom-server API), started and restarted by scripts/serve.mjs.
// The front exists because route handlers and server actions cannot see the socket:
//   - every request gets a request id and the client's address in headers
//     the app trusts (any copy the client sent is deleted first); the address
//     is the socket's, or TRUSTED_PROXY_HEADER's when an operator names the
//     header their proxy sets (docs/decisions/0012-client-address.md);
//   - a body whose declared length is over the cap is refused before a byte
//     of it is read: 64 KB without a session cookie, the server-action limit
//     with one; a body with no declared length (chunked) is refused too, since
//     the server would take it in before a route could refuse it
//     (docs/decisions/0011-security-limits.md).
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import pino from "pino";

process.env.NODE_ENV = "production";
process.env.TRACKER_FRONT = "1";
const { default: next } = await import("next");

const port = Number(process.env.PORT ?? "3000");
const CLIENT_ADDRESS_HEADER = "x-tracker-client-address"; // lib/web/http/client-headers.ts
const REQUEST_ID_HEADER = "x-request-id";
const ANONYMOUS_BODY_MAX = 64 * 1024;
const SIGNED_IN_BODY_MAX = 2 * 1024 * 1024; // = serverActions.bodySizeLimit in next.config.js
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?better-auth\.session_token=/;
const log = pino({ base: { pid: process.pid, part: "front" } });

const catalogues = Object.fromEntries(["en", "ko"].map((l) => [l, JSON.parse(fs.readFileSync(`lib/i18n/messages/${l}.json`, "utf8"))]));
function readerLocale(req) {
  const cookie = /(?:^|;\s*)NEXT_LOCALE=(ko|en)/.exec(req.headers.cookie ?? "")?.[1];
  return cookie ?? (/^\s*ko/i.test(req.headers["accept-language"] ?? "") ? "ko" : "en");
}

function clientAddress(req) {
  const name = (process.env.TRUSTED_PROXY_HEADER ?? "").trim().toLowerCase();
  if (name) {
    // The entry the trusted proxy appended is the last one.
    const value = String(req.headers[name] ?? "")
      .split(",")
      .pop()
      ?.trim();
    if (value) return value.slice(0, 64);
  }
  return req.socket.remoteAddress ?? "unknown";
}

/** Answers in the reader's language and closes the connection: the body is never read or drained. */
function refuse(req, res, status, code, key, detail) {
  log.warn({ security: `body.${code}`, method: req.method, url: req.url, ...detail }, `body.${code}`);
  const message = catalogues[readerLocale(req)].errors[key].replace("{max}", String((detail.max ?? 0) / 1024));
  res.writeHead(status, { "Content-Type": "application/json; charset=utf-8", Connection: "close" });
  res.end(JSON.stringify({ error: { code, message } }));
  req.socket.destroySoon?.();
}

const app = next({ dev: false, dir: process.cwd(), hostname: "localhost", port });
const handle = app.getRequestHandler();
await app.prepare();

// Next forwards a server action posted to a page that does not hold it to
// itself, as a new request with the original's headers and a streamed body.
// This token (never sent to a client) marks requests the front already
// checked, so the forward keeps the original's address and is not refused.
const FRONT_TOKEN = randomUUID();
const FRONT_HEADER = "x-tracker-front";

const server = http.createServer((req, res) => {
  if (req.headers[FRONT_HEADER] === FRONT_TOKEN) {
    handle(req, res).catch((error) => log.error({ err: error }, "forwarded request failed"));
    return;
  }
  const requestId = randomUUID();
  const address = clientAddress(req);
  req.headers[CLIENT_ADDRESS_HEADER] = address;
  req.headers[REQUEST_ID_HEADER] = requestId;
  req.headers[FRONT_HEADER] = FRONT_TOKEN;
  res.setHeader("X-Request-Id", requestId);

  // A body without a declared length (chunked) could only be capped by reading
  // it; no form or fetch of this app sends one, so it is refused unread.
  if (req.headers["transfer-encoding"] !== undefined && req.headers["content-length"] === undefined) {
    return refuse(req, res, 411, "LENGTH_REQUIRED", "lengthRequired", { address, requestId });
  }
  const declared = Number(req.headers["content-length"] ?? "0");
  const max = SESSION_COOKIE.test(req.headers.cookie ?? "") ? SIGNED_IN_BODY_MAX : ANONYMOUS_BODY_MAX;
  if (declared > max) return refuse(req, res, 413, "TOO_LARGE", "bodyTooLarge", { address, requestId, declared, max });
  handle(req, res).catch((error) => {
    log.error({ err: error, requestId }, "request failed");
    if (!res.headersSent) res.writeHead(500).end();
  });
});
// HOST: the address to bind (default 127.0.0.1; 0.0.0.0 in a container), docs/decisions/0021.
const host = process.env.HOST || "127.0.0.1";
server.listen(port, host, () => log.info({ host, port }, "ready"));
server.on("error", (error) => {
  log.error({ err: error }, "web server failed");
  process.exit(1);
});
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.close();
    setTimeout(() => process.exit(0), 3000).unref();
  });
}
