// Posts to server actions the way React's client does (Next-Action header,
// multipart body: the form's fields under "_1_", then the argument list in
// "0" pointing at them), with whatever fields and arguments a test wants.
// Action ids come from the build's manifest, by exported name.
import fs from "node:fs";
import Database from "better-sqlite3";
import type { APIRequestContext } from "@playwright/test";
import { E2E_DB_FILE } from "./paths";

type Manifest = { node: Record<string, { exportedName?: string; filename?: string }> };

export function actionIds(): Record<string, string> {
  const manifest = JSON.parse(fs.readFileSync(".next/server/server-reference-manifest.json", "utf8")) as Manifest;
  return Object.fromEntries(Object.entries(manifest.node).map(([id, v]) => [v.exportedName ?? id, id]));
}

/** The raw multipart body and headers of one action call. */
export function actionRequest(id: string, origin: string, opts: { args?: unknown[]; fields?: [string, string][]; root?: string }) {
  const form = new FormData();
  for (const [name, value] of opts.fields ?? []) form.append(`_1_${name}`, value);
  form.append("0", opts.root ?? JSON.stringify([...(opts.args ?? []), { status: "idle" }, "$K1"]));
  return { multipart: form, headers: { "Next-Action": id, Accept: "text/x-component", Origin: origin } };
}

export async function postAction(request: APIRequestContext, id: string, origin: string, opts: Parameters<typeof actionRequest>[2]) {
  const { multipart, headers } = actionRequest(id, origin, opts);
  return request.post("/sign-in", { multipart, headers, maxRedirects: 0, failOnStatusCode: false });
}

/** Row counts of every table, except those the scheduler writes to on its own every minute. */
export function tableCounts(except: readonly string[] = []): Record<string, number> {
  const db = new Database(E2E_DB_FILE, { readonly: true, fileMustExist: true });
  try {
    const tables = (
      db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_prisma%'`).all() as { name: string }[]
    )
      .map((t) => t.name)
      .filter((name) => !except.includes(name));
    return Object.fromEntries(tables.map((t) => [t, (db.prepare(`SELECT COUNT(*) AS n FROM "${t}"`).get() as { n: number }).n]));
  } finally {
    db.close();
  }
}

export function readRows<T>(sql: string, ...params: unknown[]): T[] {
  const db = new Database(E2E_DB_FILE, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}
