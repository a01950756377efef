// The layout's rules, checked on the tree, and shown to fail on a tree that
// breaks each of them (written to a temporary folder, so the bad imports never
// reach the type checker).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { violations } from "../support/architecture-rules";
import { clientPathsTo } from "../support/client-bundle";
import { importGraph } from "../support/import-graph";

const ROOT = path.resolve(import.meta.dirname, "../..");

describe("the architecture", () => {
  it("holds on the tree: app/ never touches the database client, the domain never imports Next or the web glue, the rule stays in its folder, no cycles", () => {
    const graph = importGraph(ROOT, ["app", "lib", "jobs"]);
    expect(graph.size).toBeGreaterThan(100);
    expect(violations(graph)).toEqual([]);
  });

  // zod probes for eval when it loads, and the CSP refuses eval (docs/decisions/0015):
  // a page whose client bundle carries zod reports a violation in every browser.
  it("keeps zod out of every browser bundle, and would name the chain that brings it in", () => {
    expect(clientPathsTo(ROOT, importGraph(ROOT, ["app", "lib"]), "zod")).toEqual([]);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "client-bundle-"));
    try {
      fs.mkdirSync(path.join(dir, "app"), { recursive: true });
      fs.mkdirSync(path.join(dir, "lib"), { recursive: true });
      fs.writeFileSync(path.join(dir, "lib/schemas.ts"), 'import { z } from "zod";\nexport const LANGS = ["en"];\nexport const S = z.string();\n');
      fs.writeFileSync(path.join(dir, "lib/types.ts"), 'import type { z } from "zod";\nexport type T = z.ZodType;\n');
      fs.writeFileSync(path.join(dir, "app/actions.ts"), '"use server";\nimport { S } from "@/lib/schemas";\nexport async function act() { return S; }\n');
      fs.writeFileSync(
        path.join(dir, "app/form.tsx"),
        '"use client";\nimport { LANGS } from "@/lib/schemas";\nimport type { T } from "@/lib/types";\nimport { act } from "./actions";\nexport const f = [LANGS, act];\n',
      );
      expect(clientPathsTo(dir, importGraph(dir, ["app", "lib"]), "zod")).toEqual(["app/form.tsx → lib/schemas.ts"]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("fails on a tree that breaks every rule", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "architecture-"));
    const write = (file: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
    };
    write("lib/db-client.ts", "export const db = 1;\n");
    write("lib/web/http/form-state.ts", 'import { headers } from "next/headers";\nexport const x = headers;\n');
    write("app/page.tsx", 'import { db } from "@/lib/db-client";\nexport default db;\n');
    write("lib/generated/prisma/enums.ts", 'export const Stance = { NEUTRAL: "NEUTRAL" } as const;\n');
    // The schema's enums are allowed in the rule; the database client is not.
    write("lib/judgement/rule/stances.ts", 'import { Stance } from "../../generated/prisma/enums";\nexport const s = Stance;\n');
    write("lib/judgement/rule/replay.ts", 'import { db } from "../../db-client";\nexport const r = db;\n');
    write("lib/developments/list.ts", 'import { cookies } from "next/headers";\nimport { x } from "../web/http/form-state";\nexport const l = [cookies, x];\n');
    write("lib/instruments/matrix.ts", 'import { db } from "../db-client";\nexport const m = db;\n');
    write("lib/a.ts", 'import { b } from "./b";\nexport const a = b;\n');
    write("lib/b.ts", 'export { a as b } from "./a";\n');
    try {
      const rules = violations(importGraph(dir, ["app", "lib", "jobs"])).map((v) => `${v.rule}: ${v.file}`);
      expect(rules.sort()).toEqual([
        "app/ never touches the database client: app/page.tsx",
        "no import cycles: lib/a.ts -> lib/b.ts",
        "the domain never imports Next or React: lib/developments/list.ts",
        "the domain never imports the web glue: lib/developments/list.ts",
        "the instruments import nothing but the rule and their own folder: lib/instruments/matrix.ts",
        "the rule imports nothing but its own folder and the schema's enums: lib/judgement/rule/replay.ts",
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
