// The pure parts of issue 15's delivery: which period a digest run sends, the
// Standard Webhooks signature, and which webhook addresses need the operator's leave.
import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { lastCompletedPeriod } from "../../lib/digests/periods";
import { isPrivateHost } from "../../lib/webhooks/private-host";
import { signWebhook, verifyWebhook, webhookHeaders } from "../../lib/webhooks/signature";

describe("digest periods", () => {
  it("a daily run sends yesterday (UTC); a weekly run the last whole Monday-to-Sunday week", () => {
    expect(lastCompletedPeriod("DAILY", new Date("2026-11-29T00:10:00Z"))).toEqual({
      key: "DAILY:2026-11-28",
      frequency: "DAILY",
      start: new Date("2026-11-28T00:00:00Z"),
      end: new Date("2026-11-29T00:00:00Z"),
    });
    // Sunday 29 November: the week of 16–22 November is the last whole one.
    expect(lastCompletedPeriod("WEEKLY", new Date("2026-11-29T23:59:00Z")).key).toBe("WEEKLY:2026-11-16");
    // Monday 30 November, just after midnight: 23–29 November.
    const monday = lastCompletedPeriod("WEEKLY", new Date("2026-11-30T00:00:00Z"));
    expect([monday.key, monday.end.toISOString()]).toEqual(["WEEKLY:2026-11-23", "2026-11-30T00:00:00.000Z"]);
  });
});

describe("webhook signatures", () => {
  it("follow the Standard Webhooks convention: v1, base64 HMAC-SHA256 of id.timestamp.body with the decoded secret", () => {
    const key = crypto.randomBytes(24);
    const secret = `whsec_${key.toString("base64")}`;
    const body = '{"type":"expectation.status_changed"}';
    const expected = crypto.createHmac("sha256", key).update(`msg_1.1700000000.${body}`).digest("base64");
    expect(signWebhook(secret, "msg_1", 1700000000, body)).toBe(`v1,${expected}`);
    const h = webhookHeaders(secret, "msg_1", 1700000000, body);
    expect(verifyWebhook(secret, { id: h["webhook-id"]!, timestamp: h["webhook-timestamp"]!, signature: h["webhook-signature"]! }, body)).toBe(true);
    expect(verifyWebhook(secret, { id: "msg_1", timestamp: "1700000000", signature: h["webhook-signature"]! }, body + " ")).toBe(false);
  });

  it("loopback, private and link-local addresses are recognised; public ones are not", () => {
    for (const host of [
      "localhost",
      "a.localhost",
      "127.0.0.1",
      "10.1.2.3",
      "172.16.0.1",
      "192.168.1.1",
      "169.254.169.254",
      "[::1]",
      "::ffff:127.0.0.1",
      "fd00::1",
      "fe80::1",
      "0.0.0.0",
    ])
      expect(isPrivateHost(host), host).toBe(true);
    for (const host of ["example.org", "8.8.8.8", "172.32.0.1", "[2001:db8::1]"]) expect(isPrivateHost(host), host).toBe(false);
  });
});
