// POST /api/developments is a public endpoint: the actor is checked before the
// body is read, only JSON is taken, the size is capped, bad input gets the
// form's field messages in the reader's language, and a refusal saves nothing.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { developmentPayload, signIn } from "./support/client";
import { storedDevelopments } from "./support/inspect";
import { prepareInstance, startServe, stopServe, waitForHealthy, type Instance } from "./support/instance";

const PORT = Number(process.env.DURABILITY_PORT ?? 3401) + 3;

describe("POST /api/developments", () => {
  let instance: Instance;
  let serve: ReturnType<typeof startServe>;
  let analyst: string;
  beforeAll(async () => {
    instance = await prepareInstance(fs.mkdtempSync(path.join(os.tmpdir(), "tracker-endpoint-")), PORT, 1);
    serve = startServe(instance, { scheduler: false });
    await waitForHealthy(instance.base);
    analyst = await signIn(instance.base, instance.analysts[0]!.email, instance.analysts[0]!.password);
  });
  afterAll(async () => {
    if (serve) await stopServe(serve);
    if (instance) fs.rmSync(instance.dir, { recursive: true, force: true });
  });

  const post = (body: string, headers: Record<string, string>) =>
    fetch(`${instance.base}/api/developments`, { method: "POST", headers: { origin: instance.base, ...headers }, body }).then(async (r) => ({
      status: r.status,
      body: (await r.json()) as { development?: { id: string }; error?: { code: string; message: string; fields?: Record<string, string[]> } },
    }));
  const valid = (marker: string) => JSON.stringify(developmentPayload(marker, instance.expectationIds, 1));

  it("logs a development for an analyst and refuses everyone else before reading the body", async () => {
    const saved = await post(valid("endpoint-ok"), { "content-type": "application/json", cookie: analyst });
    expect(saved.status).toBe(200);
    expect(saved.body.development?.id).toMatch(/\S/);

    const anonymous = await post("not even json", { "content-type": "text/plain" });
    expect(anonymous).toMatchObject({ status: 401, body: { error: { code: "UNAUTHENTICATED" } } });
    const stored = storedDevelopments(instance.file, "endpoint");
    expect([...stored.keys()]).toEqual(["endpoint-ok"]);
  });

  it("takes only JSON, caps the size, and answers bad fields in the reader's language", async () => {
    const form = await post("title=x", { "content-type": "application/x-www-form-urlencoded", cookie: analyst });
    expect(form).toMatchObject({ status: 415, body: { error: { code: "UNSUPPORTED", message: "Send the request as JSON (Content-Type: application/json)." } } });

    const huge = await post(JSON.stringify({ title: "x".repeat(300 * 1024) }), { "content-type": "application/json", cookie: analyst });
    expect(huge).toMatchObject({ status: 413, body: { error: { code: "TOO_LARGE", message: "The request is too large: at most 256 KB." } } });

    const broken = await post("{", { "content-type": "application/json", cookie: analyst, "accept-language": "ko" });
    expect(broken).toMatchObject({ status: 422, body: { error: { code: "VALIDATION", message: "요청 본문은 JSON이어야 합니다." } } });

    const noTitle = JSON.stringify({ ...developmentPayload("endpoint-bad", instance.expectationIds, 2), title: "" });
    const invalid = await post(noTitle, { "content-type": "application/json", cookie: analyst, "accept-language": "en" });
    expect(invalid.status).toBe(422);
    expect(Object.keys(invalid.body.error?.fields ?? {})).toContain("title");
    expect([...storedDevelopments(instance.file, "endpoint").keys()]).toEqual(["endpoint-ok"]);
  });
});
