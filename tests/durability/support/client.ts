// An analyst at the HTTP door: signs in through better-auth's endpoint and
// logs developments through POST /api/developments, as a script would.
export type Save = { ok: true; id: string; ms: number } | { ok: false; status: number; message: string; ms: number };

export async function signIn(base: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${base}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`sign-in of ${email} answered ${response.status}: ${await response.text()}`);
  const cookies = response.headers.getSetCookie().map((c) => c.split(";")[0]);
  return cookies.join("; ");
}

export function developmentPayload(marker: string, expectationIds: string[], n: number) {
  return {
    occurredOn: "2025-06-30",
    datePrecision: "DAY",
    title: marker,
    summary: `Logged under load (${marker}).`,
    eventType: "TALKS_MEETINGS",
    actors: ["North Korea", `Actor ${n % 7}`],
    tags: [`load-${n % 5}`],
    sources: [
      { url: `https://example.test/report/${encodeURIComponent(marker)}`, publisher: "Yonhap", publishedOn: "2025-06-30", reliability: "B", credibility: 2 },
      { citation: `Statement for ${marker}`, publisher: "KCNA", reliability: "C", credibility: 3 },
    ],
    links: [{ expectationId: expectationIds[n % expectationIds.length], stance: n % 2 ? "SUPPORTS" : "CONTRADICTS", rationale: "Bears on it." }],
  };
}

export async function postDevelopment(base: string, cookie: string, payload: unknown): Promise<Save> {
  const started = performance.now();
  try {
    const response = await fetch(`${base}/api/developments`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie, origin: base },
      body: JSON.stringify(payload),
      signal: AbortSignal.timeout(120_000),
    });
    const body = (await response.json().catch(() => ({}))) as { development?: { id: string }; error?: { message: string } };
    const ms = performance.now() - started;
    if (response.ok && body.development?.id) return { ok: true, id: body.development.id, ms };
    return { ok: false, status: response.status, message: body.error?.message ?? "", ms };
  } catch (error) {
    return { ok: false, status: 0, message: error instanceof Error ? error.message : String(error), ms: performance.now() - started };
  }
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
