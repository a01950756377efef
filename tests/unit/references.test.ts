// Comments and the README point to files that exist and to decision records
// that exist (docs/decisions/0041): a moved file must not leave a newcomer a
// path that leads nowhere. Decision records themselves are history and may
// name files as they were.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const SCANNED = ["app", "lib", "jobs", "scripts", "tests", "e2e", "bench", "prisma"];
const SKIP = new Set(["lib/generated", "node_modules", "e2e/.artifacts", "prisma/migrations", "prisma/postgres/migrations"]);
const FILE_REF = /\b((?:app|lib|jobs|scripts|tests|e2e|bench|prisma|docs)\/[A-Za-z0-9_.\-/[\]()]+\.(?:ts|tsx|mjs|js|md|sh|prisma|json|sql))\b/g;

function files(dir: string): string[] {
  if (SKIP.has(dir) || !fs.existsSync(path.join(ROOT, dir))) return [];
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return files(rel);
    return /\.(ts|tsx|mjs|sh)$/.test(entry.name) ? [rel] : [];
  });
}

const decisionNumbers = new Set(fs.readdirSync(path.join(ROOT, "docs/decisions")).map((f) => f.slice(0, 4)));

/** The comment text of a source file (a README is all text); string literals, such as test fixtures' paths, are not references. */
function commentText(file: string): string {
  const text = fs.readFileSync(path.join(ROOT, file), "utf8");
  if (file.endsWith(".md")) return text;
  return text
    .split("\n")
    .map((line) => {
      const trimmed = line.trim();
      if (trimmed.startsWith("*") || trimmed.startsWith("/*") || (file.endsWith(".sh") && trimmed.startsWith("#"))) return trimmed;
      const at = line.indexOf("// ");
      return at === -1 ? "" : line.slice(at);
    })
    .join("\n");
}

function brokenReferences(file: string): string[] {
  const text = commentText(file);
  const broken: string[] = [];
  for (const [, ref] of text.matchAll(FILE_REF)) {
    if (ref!.includes("${") || ref!.includes("*")) continue;
    if (!fs.existsSync(path.join(ROOT, ref!))) broken.push(`${file}: ${ref}`);
  }
  for (const match of text.matchAll(/docs\/decisions\/(\d{4})/g)) {
    if (!decisionNumbers.has(match[1]!)) broken.push(`${file}: decision ${match[1]}`);
  }
  return broken;
}

describe("references", () => {
  it("in comments and the README lead to files and decision records that exist", () => {
    const scanned = [...SCANNED.flatMap(files), "README.md"];
    expect(scanned.length).toBeGreaterThan(150);
    expect(scanned.flatMap(brokenReferences)).toEqual([]);
  });

  it("would catch a path that leads nowhere", () => {
    const dir = fs.mkdtempSync(path.join(ROOT, "tests/.tmp-references-"));
    const rel = path.relative(ROOT, path.join(dir, "x.ts"));
    try {
      const comment = "/".repeat(2); // written so that this line is not itself a comment naming the paths
      fs.writeFileSync(path.join(dir, "x.ts"), `${comment} see lib/nowhere/gone.ts and docs/decisions/9999\n`);
      expect(brokenReferences(rel)).toEqual([`${rel}: lib/nowhere/gone.ts`, `${rel}: decision 9999`]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
