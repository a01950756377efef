// What a database file holds, read directly (another connection, as an
// operator's sqlite3 shell would), and the project's CLI scripts as children.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import Database from "better-sqlite3";

export type Stored = { copies: number; sources: number; links: number };

/** Per development title with the prefix: how many rows, sources and links. */
export function storedDevelopments(file: string, prefix: string): Map<string, Stored> {
  const db = new Database(file, { fileMustExist: true, timeout: 10_000 });
  try {
    const rows = db
      .prepare(
        `SELECT d.title AS title, COUNT(DISTINCT d.id) AS copies,
                (SELECT COUNT(*) FROM "Source" s WHERE s.developmentId = MIN(d.id)) AS sources,
                (SELECT COUNT(*) FROM "EvidenceLink" l WHERE l.developmentId = MIN(d.id)) AS links
           FROM "Development" d WHERE d.title LIKE ? GROUP BY d.title`,
      )
      .all(`${prefix}-%`) as ({ title: string } & Stored)[];
    return new Map(rows.map((r) => [r.title, { copies: Number(r.copies), sources: Number(r.sources), links: Number(r.links) }]));
  } finally {
    db.close();
  }
}

const run = promisify(execFile);

export async function npmScript(script: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  const { stdout } = await run("node_modules/.bin/tsx", [script, ...args], { env, timeout: 120_000 });
  return stdout;
}
