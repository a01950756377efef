// The hostile-input corpus (issue 9): every server action and every route
// handler gets malformed, oversize, wrong-type, duplicated and hostile input
// as a stranger, a viewer and an analyst. Each must be refused cleanly (no
// 500; no error digest where the request is well-formed), change no table,
// and leave the server healthy with Object.prototype untouched.
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { actionIds, postAction, readRows, tableCounts } from "./support/actions";
import { ACCOUNTS } from "./support/paths";

// Written by the scheduler every minute on its own, and by signing in.
const BACKGROUND_TABLES = [
  "DigestDelivery",
  "WebhookDelivery",
  "JobRun",
  "JobLease",
  "EvaluationCheckpoint",
  "ScoreSnapshot",
  "StatusChange",
  "Notification",
  "SignInAttempt",
  "session",
];
const POLLUTION_NAMES = ["__proto__", "__proto__.q", "constructor.prototype.q", "prototype.q", "sources.__proto__.q", "sources.0.__proto__"];
const HOSTILE_TEXT = ["a\u0000b", "\u202Eevil", "\u200B\u2060", "0x3", "0000-01-01", "-1e309", "{{7*7}}\u0007"];
const LONG = "x".repeat(300 * 1024);

type Sample = { args: unknown[]; fields: [string, string][]; strangerOnly?: boolean };

function samples(ids: { dev: string; exp: string }): Record<string, Sample> {
  const link = { linkId: "no-such-link", developmentId: ids.dev, expectationId: ids.exp };
  // Each sample is refused on its own (invalid or aimed at nothing), so no variant can write.
  return {
    logDevelopmentAction: {
      args: [],
      fields: [
        ["title", ""],
        ["occurredOn", "2025-01-01"],
        ["sources.0.publisher", "Yonhap"],
        ["actors.0", "A"],
      ],
    },
    updateDevelopmentAction: {
      args: [ids.dev],
      fields: [
        ["title", ""],
        ["expectedVersion", "1"],
        ["tags.0", "t"],
      ],
    },
    deleteDevelopmentAction: { args: ["no-such-development"], fields: [] },
    restoreDevelopmentAction: { args: ["no-such-development"], fields: [] },
    addLinkAction: {
      args: [],
      fields: [
        ["developmentId", "no-such-development"],
        ["expectationId", ids.exp],
        ["stance", "SUPPORTS"],
        ["rationale", ""],
      ],
    },
    updateLinkAction: {
      args: [link],
      fields: [
        ["stance", ""],
        ["rationale", ""],
        ["expectedVersion", "1"],
      ],
    },
    removeLinkAction: { args: [link], fields: [] },
    // Issue 17: versioned edits (admins) and the team's forecasts.
    editExpectationAction: {
      args: [ids.exp],
      fields: [
        ["confirmThreshold", "0x3"],
        ["contradictThreshold", "-4"],
        ["reason", "\u200B"],
        ["expectedVersion", "1"],
      ],
    },
    recordForecastAction: {
      args: [ids.exp],
      fields: [
        ["probability", "150"],
        ["madeOn", "2025-03-01"],
        ["reason", ""],
      ],
    },
    removeForecastAction: { args: ["no-such-forecast"], fields: [] },
    overrideStatusAction: {
      args: [ids.exp],
      fields: [
        ["status", "CONFIRMED"],
        ["reason", "\u200B"],
      ],
    },
    releaseOverrideAction: { args: ["no-such-expectation"], fields: [] },
    createUserAction: {
      args: [],
      fields: [
        ["name", "\u202Enimda"],
        ["email", "x@example.test"],
        ["password", "long-enough-password"],
        ["role", "admin"],
      ],
    },
    setupAction: {
      args: [],
      fields: [
        ["name", "Second"],
        ["email", "second@example.test"],
        ["password", "long-enough-password"],
      ],
    },
    signInAction: {
      args: [],
      fields: [
        ["email", "not-an-email"],
        ["password", "x"],
      ],
    },
    setCoverageAction: {
      args: [],
      fields: [
        ["surveyId", "no-such-survey"],
        ["throughDay", "0000-01-01"],
      ],
    },
    // Issue 15: account management (admins only), one's own password, run now.
    changeRoleAction: { args: ["no-such-user"], fields: [["role", "owner"]] },
    disableAccountAction: { args: ["no-such-user"], fields: [] },
    enableAccountAction: { args: ["no-such-user"], fields: [] },
    temporaryPasswordAction: { args: ["no-such-user"], fields: [["password", "short"]] },
    changeOwnPasswordAction: {
      args: [],
      fields: [
        ["currentPassword", "not-the-current-password"],
        ["newPassword", "a-new-long-password"],
        ["confirmPassword", "a-new-long-password"],
      ],
    },
    runNowAction: { args: ["no-such-job"], fields: [] },
    // Issue 14: feeds (admins) and the inbox's dismiss and add-as-source.
    addFeedAction: {
      args: [],
      fields: [
        ["url", "javascript:alert(1)"],
        ["name", "\u202Efeed"],
        ["language", "xx"],
        ["defaultReliability", "Z"],
        ["defaultCredibility", "9"],
        ["pollMinutes", "-1"],
      ],
    },
    pollFeedAction: { args: ["no-such-feed"], fields: [] },
    removeFeedAction: { args: ["no-such-feed"], fields: [] },
    dismissFeedItemAction: { args: ["no-such-item"], fields: [["reason", "\u200B"]] },
    saveSignpostAction: {
      args: ["no-such-expectation", "new"],
      fields: [
        ["label", "\u202Elabel"],
        ["terms", "x".repeat(5000)],
        ["actors", "\u0000"],
        ["eventTypes.0", "NOT_A_TYPE"],
        ["stance", "MAYBE"],
      ],
    },
    removeSignpostAction: { args: ["no-such-expectation", "no-such-signpost"], fields: [] },
    mergeFeedItemAction: { args: ["no-such-item"], fields: [["developmentId", "x".repeat(500)]] },
    // Issue 17: baseline upload (admins), the survey a person is looking at.
    previewBaselineAction: {
      args: [],
      fields: [
        ["format", "yaml"],
        ["text", "survey: {}"],
      ],
    },
    importBaselineAction: {
      args: [],
      fields: [
        ["format", "xml"],
        ["text", "{}"],
      ],
    },
    chooseSurveyAction: { args: [], fields: [["survey", "no-such-survey"]] },
    // Issue 15: one's own API tokens (anyone signed in; every token only reads).
    createApiTokenAction: {
      args: [],
      fields: [
        ["name", ""],
        ["expiresInDays", "0x3"],
      ],
    },
    revokeApiTokenAction: { args: ["no-such-token"], fields: [] },
    // Issue 15: follows and notification settings (anyone signed in), webhooks (admins).
    // Each is aimed at nothing or invalid, so even the viewer's variants write nothing.
    followAction: { args: ["THEME", "no-such-theme"], fields: [["following", "1"]] },
    savePreferencesAction: {
      args: [],
      fields: [
        ["digestFrequency", "HOURLY"],
        ["inApp", "1"],
      ],
    },
    addWebhookAction: {
      args: [],
      fields: [
        ["url", "javascript:alert(1)"],
        ["description", "\u202Ehook"],
      ],
    },
    removeWebhookAction: { args: ["no-such-webhook"], fields: [] },
    // Issue 15: a second analyst's review, and the survey's review policy (admins).
    decideReviewAction: {
      args: ["no-such-review"],
      fields: [
        ["decision", "approve"],
        ["comment", "\u202Eok"],
      ],
    },
    setReviewPolicyAction: {
      args: [],
      fields: [
        ["surveyId", "no-such-survey"],
        ["reviewPolicy", "SOMETIMES"],
      ],
    },
    // Comments under developments and expectations; a mention notifies its person.
    addCommentAction: { args: ["development", "no-such-development"], fields: [["body", "@Ada Admin \u202Eevil"]] },
    removeCommentAction: { args: ["no-such-comment", "expectation", ids.exp], fields: [] },
    // Forms without state: called with the form only. Signed in, marking seen and signing out are legitimate writes.
    setLocaleAction: { args: [], fields: [["locale", "xx"]] },
    markSeenAction: { args: [], fields: [], strangerOnly: true },
    signOutAction: { args: [], fields: [], strangerOnly: true },
  };
}

function variants(s: Sample, full: boolean) {
  const out: { label: string; args?: unknown[]; fields?: [string, string][]; root?: string }[] = [
    { label: "as sent", args: s.args, fields: s.fields },
    { label: "pollution names", args: s.args, fields: [...s.fields, ...POLLUTION_NAMES.map((n) => [n, "x"] as [string, string])] },
    { label: "oversize field", args: s.args, fields: [...s.fields.slice(1), [s.fields[0]?.[0] ?? "title", LONG]] },
  ];
  if (!full) return out;
  out.push(
    { label: "duplicated fields", args: s.args, fields: [...s.fields, ...s.fields] },
    { label: "wrong-type arguments", args: s.args.map(() => ({ __proto__: { q: 1 }, constructor: { prototype: { q: 1 } } })), fields: s.fields },
    { label: "number arguments", args: s.args.map(() => 12345), fields: s.fields },
    { label: "long id", args: s.args.map(() => "i".repeat(5000)), fields: s.fields },
    { label: "root is an object", root: '{"__proto__":{"q":1}}', fields: s.fields },
    { label: "root is numbers", root: "[1,2,3]", fields: s.fields },
    ...HOSTILE_TEXT.map((v) => ({ label: `hostile ${JSON.stringify(v)}`, args: s.args, fields: s.fields.map(([k]) => [k, v] as [string, string]) })),
  );
  return out;
}

async function signedIn(
  playwright: { request: { newContext: (o: object) => Promise<APIRequestContext> } },
  baseURL: string,
  account?: { email: string; password: string },
) {
  const context = await playwright.request.newContext({ baseURL });
  if (account) {
    const r = await context.post("/api/auth/sign-in/email", { data: account, headers: { origin: new URL(baseURL).origin } });
    expect(r.status(), `sign in ${account.email}`).toBe(200);
  }
  return context;
}

let tried = 0;
/** The server is up and Object.prototype untouched. */
async function expectHealthy(request: APIRequestContext, label: string) {
  const health = await request.get("/api/health");
  expect(health.status(), `health after ${label}`).toBe(200);
  expect(await health.json(), `health after ${label}`).toMatchObject({ ok: true, prototype: "clean" });
}

/** Refused cleanly; then, unless the caller checks once after a group of inputs, the server is healthy. */
async function expectClean(response: APIResponse, label: string, request: APIRequestContext, o: { wellFormed?: boolean; health?: boolean } = {}) {
  tried++;
  expect(response.status(), label).toBeLessThan(500);
  const body = await response.text();
  // An error digest means an unexpected failure; Next's redirects travel as digests too and are fine.
  const failure = /"digest":"(?!NEXT_REDIRECT|NEXT_HTTP_ERROR_FALLBACK)[^"]*"/.exec(body);
  if (o.wellFormed !== false) expect(failure?.[0] ?? null, label).toBeNull();
  if (o.health !== false) await expectHealthy(request, label);
  return body;
}

test.describe.configure({ timeout: 240_000 });

test("every server action refuses hostile input cleanly and writes nothing", async ({ playwright, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const ids = actionIds();
  const dev = readRows<{ id: string }>(`SELECT id FROM "Development" WHERE "deletedAt" IS NULL LIMIT 1`)[0]?.id ?? "no-development";
  const exp = readRows<{ id: string }>(`SELECT id FROM "Expectation" ORDER BY id LIMIT 1`)[0]!.id;
  const all = samples({ dev, exp });
  expect(Object.keys(all).sort(), "every action in the build has a sample").toEqual(Object.keys(ids).sort());
  const who = {
    stranger: await signedIn(playwright, baseURL!),
    viewer: await signedIn(playwright, baseURL!, ACCOUNTS.viewer),
    analyst: await signedIn(playwright, baseURL!, ACCOUNTS.analyst),
  };
  const before = tableCounts(BACKGROUND_TABLES);
  for (const [name, sample] of Object.entries(all)) {
    for (const [role, request] of Object.entries(who)) {
      if (role !== "stranger" && sample.strangerOnly) continue;
      const stateless = name === "setLocaleAction" || name === "markSeenAction" || name === "signOutAction";
      for (const v of variants(sample, role === "analyst" || role === "stranger")) {
        const root = v.root ?? (stateless ? JSON.stringify(name === "setLocaleAction" ? ["$K1"] : []) : undefined);
        const response = await postAction(request, ids[name]!, origin, { args: v.args, fields: v.fields, root });
        // Health once per action and role below: a polluted prototype or a crash outlasts the input that caused it.
        const body = await expectClean(response, `${name} as ${role}: ${v.label}`, request, { health: false });
        if (v.label === "duplicated fields" && role === "analyst" && sample.fields.length && !stateless)
          expect(body, name).toMatch(/more than once|does not allow/);
        if (v.label === "oversize field" && role !== "stranger" && sample.fields.length && !stateless && name !== "signInAction" && name !== "setupAction") {
          expect(body, `${name} as ${role}`).toMatch(/too long|Sign in|does not allow/);
        }
      }
      await expectHealthy(request, `${name} as ${role}`);
      expect(tableCounts(BACKGROUND_TABLES), `${name} as ${role}`).toEqual(before);
    }
  }
  // Malformed bodies are refused by Next's own decoder before any action code runs.
  for (const root of ["not json", "[", "null", '["$Q1"]']) {
    await expectClean(await postAction(who.analyst, ids.logDevelopmentAction!, origin, { root }), `malformed ${root}`, who.analyst, { wellFormed: false });
  }
  expect(tableCounts(BACKGROUND_TABLES)).toEqual(before);
  console.log(`hostile-input corpus: ${tried} inputs to ${Object.keys(all).length} server actions`);
  for (const r of Object.values(who)) await r.dispose();
});

test("every route handler refuses hostile input cleanly and writes nothing", async ({ playwright, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const exp = readRows<{ id: string }>(`SELECT id FROM "Expectation" ORDER BY id LIMIT 1`)[0]!.id;
  const start = tried;
  const admin = await signedIn(playwright, baseURL!, ACCOUNTS.admin);
  const stranger = await signedIn(playwright, baseURL!);
  const json = { "content-type": "application/json", origin };
  const bodies: [string, string | Buffer][] = [
    // None of these is a complete, valid request: each must be refused (no password, so no sign-in attempt either).
    ["pollution __proto__", '{"__proto__":{"q":1},"name":"P","email":"p@example.test","role":"viewer","confirmThreshold":"x"}'],
    ["pollution constructor", '{"constructor":{"prototype":{"q":1}},"confirmThreshold":"x"}'],
    ["pollution prototype", '{"prototype":{"q":1}}'],
    ["not JSON", "{nope"],
    ["empty", ""],
    ["array", "[1,2,3]"],
    ["wrong types", '{"name":1,"email":[],"password":{},"role":null,"confirmThreshold":[],"contradictThreshold":{},"expectedVersion":"0x1"}'],
    ["duplicated keys", '{"role":"viewer","role":"admin","name":"","email":"d@example.test"}'],
    [
      "hostile values",
      '{"name":"\\u202Eadmin","email":"h@example.test","role":"viewer","confirmThreshold":"0x3","contradictThreshold":"-4","expectedVersion":1}',
    ],
    ["NUL name", '{"name":"a\\u0000b","email":"n@example.test","role":"viewer"}'],
    ["deep nesting", "[".repeat(5000) + "]".repeat(5000)],
    ["invalid UTF-8", Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d])],
    ["oversize", JSON.stringify({ name: "x".repeat(40_000) })],
  ];
  const writes: [string, string][] = [
    ["post", "/api/users"],
    ["post", "/api/developments"],
    ["post", "/api/developments/import"],
    ["patch", `/api/expectations/${exp}/thresholds`],
    ["post", "/api/auth/sign-in/email"],
  ];
  const before = tableCounts(BACKGROUND_TABLES);
  for (const [method, path] of writes) {
    for (const [label, data] of bodies) {
      for (const [role, request] of [
        ["admin", admin],
        ["stranger", stranger],
      ] as const) {
        const r = await request.fetch(path, { method, data, headers: json, failOnStatusCode: false });
        await expectClean(r, `${method} ${path} as ${role}: ${label}`, request);
        expect(r.status(), `${method} ${path} as ${role}: ${label}`).toBeGreaterThanOrEqual(400);
      }
    }
    // Wrong content type, foreign origin, same-site sender: refused before the body.
    for (const [label, headers, status] of [
      ["text/plain", { "content-type": "text/plain", origin }, 415],
      ["form", { "content-type": "application/x-www-form-urlencoded", origin }, 415],
      ["foreign origin", { "content-type": "application/json", origin: "http://evil.example" }, 403],
      ["same-site page", { "content-type": "application/json", origin: "http://localhost:1", "sec-fetch-site": "same-site" }, 403],
      ["null origin", { "content-type": "application/json", origin: "null" }, 403],
    ] as const) {
      const r = await admin.fetch(path, { method, data: '{"name":"X"}', headers, failOnStatusCode: false });
      await expectClean(r, `${method} ${path}: ${label}`, admin);
      expect(r.status(), `${method} ${path}: ${label}`).toBe(status);
    }
  }
  // better-auth's other endpoints are closed, the admin API included.
  for (const path of [
    "/api/auth/admin/create-user",
    "/api/auth/admin/set-role",
    "/api/auth/sign-up/email",
    "/api/auth/change-password",
    "/api/auth/update-user",
  ]) {
    const r = await admin.post(path, {
      data: { email: "a@example.test", role: "admin", userId: "x", password: "12345" },
      headers: json,
      failOnStatusCode: false,
    });
    await expectClean(r, `POST ${path}`, admin);
    expect(r.status(), path).toBe(404);
  }
  // Hostile query strings on the downloads and lists.
  for (const path of [
    "/api/export/developments.csv",
    "/api/export/developments.json",
    "/api/export/expectations.csv",
    "/api/export/everything.json",
    "/api/expectations",
    "/api/users",
    "/api/v1/expectations",
    "/api/v1/developments",
    "/api/v1/scorecard",
    "/",
    "/developments",
  ]) {
    for (const query of [
      "?__proto__[q]=1&constructor[prototype][q]=1",
      "?asOf=0000-01-01&from=9999-99-99&limit=0x10",
      `?q=${"%00".repeat(500)}`,
      "?to=2025-02-30&eventType=%E2%80%AE",
    ]) {
      const r = await admin.get(path + query, { failOnStatusCode: false });
      await expectClean(r, `GET ${path}${query.slice(0, 30)}`, admin);
    }
  }
  // A refusal in the reader's language.
  const ko = await admin.post("/api/users", {
    data: "{}",
    headers: { "content-type": "text/plain", origin, "accept-language": "ko-KR" },
    failOnStatusCode: false,
  });
  expect((await ko.json()).error.message).toBe("이 요청은 application/json으로 보내야 합니다.");
  expect(tableCounts(BACKGROUND_TABLES)).toEqual(before);
  console.log(`hostile-input corpus: ${tried - start} inputs to route handlers (${tried} in all, with the actions)`);
  await admin.dispose();
  await stranger.dispose();
});
