// The headers proxy.ts puts on every page: a CSP with a fresh nonce that Next
// can read from the request, and HSTS only when the app is served over https.
import { afterEach, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { proxy } from "../../proxy";

const saved = process.env.APP_URL;
afterEach(() => {
  process.env.APP_URL = saved;
});

describe("proxy security headers", () => {
  it("gives each response its own nonce, forbids framing, and no HSTS over http", () => {
    process.env.APP_URL = "http://localhost:3000";
    const a = proxy(new NextRequest("http://localhost:3000/")).headers;
    const b = proxy(new NextRequest("http://localhost:3000/")).headers;
    const nonce = (h: Headers) => /'nonce-([^']+)'/.exec(h.get("content-security-policy") ?? "")?.[1];
    expect(nonce(a)).toBeTruthy();
    expect(nonce(a)).not.toBe(nonce(b));
    expect(a.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(a.get("content-security-policy")).toContain("object-src 'none'");
    expect(a.get("content-security-policy")).not.toContain("unsafe-eval");
    expect(a.get("strict-transport-security")).toBeNull();
    // Next reads the nonce from the request's CSP header: it is passed on.
    expect(a.get("x-middleware-request-content-security-policy")).toBe(a.get("content-security-policy"));
  });

  it("adds HSTS and upgrades insecure requests when APP_URL is https", () => {
    process.env.APP_URL = "https://tracker.example.org";
    const h = proxy(new NextRequest("https://tracker.example.org/")).headers;
    expect(h.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
    expect(h.get("content-security-policy")).toContain("upgrade-insecure-requests");
  });
});

describe("the read API's methods", () => {
  it("answers 405 with a JSON error to anything but GET and HEAD under /api/v1, before any route code", async () => {
    for (const method of ["POST", "PUT", "PATCH", "DELETE", "OPTIONS"]) {
      const r = proxy(new NextRequest("http://localhost:3000/api/v1/expectations", { method }));
      expect(r.status, method).toBe(405);
      expect(r.headers.get("allow")).toBe("GET, HEAD");
      expect((await r.json()).error.code).toBe("METHOD_NOT_ALLOWED");
    }
    expect(proxy(new NextRequest("http://localhost:3000/api/v1/expectations")).status).toBe(200);
    // Elsewhere the routes decide for themselves.
    expect(proxy(new NextRequest("http://localhost:3000/api/developments", { method: "POST" })).status).toBe(200);
  });
});
