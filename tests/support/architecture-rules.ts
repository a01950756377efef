// The layout's rules (docs/decisions/0001, 0040), as checks over the import graph.
import type { Graph } from "./import-graph";
import { cycles } from "./import-graph";

// Web glue: the lib/ files that speak to Next (requests, cookies, server actions'
// form state) live in lib/web/ (docs/decisions/0041). The domain may not import
// them; they may import the domain.
export const WEB_GLUE = [/^lib\/web\//];
const NEXT_PACKAGES = /^(next|next-intl\/server|react|react-dom)(\/|$)/;
// lib/db.ts (getDb) is how app/ asks lib/ for the process's client without touching it.
const DATABASE_CLIENT = /^lib\/db-client\.ts$|^lib\/generated\//;

// Prisma's generated enums: plain constants with no imports, the one
// definition of the vocabulary's words (docs/decisions/0042).
const SCHEMA_ENUMS = "lib/generated/prisma/enums.ts";

export type Violation = { rule: string; file: string; spec: string };

const isGlue = (file: string) => WEB_GLUE.some((r) => r.test(file));

export function violations(graph: Graph): Violation[] {
  const out: Violation[] = [];
  for (const { file, imports } of graph.values()) {
    for (const { spec, target } of imports) {
      if (file.startsWith("app/") && ((target && DATABASE_CLIENT.test(target)) || /^@prisma\/client|generated\/prisma/.test(spec))) {
        out.push({ rule: "app/ never touches the database client", file, spec });
      }
      if (file.startsWith("lib/judgement/rule/") && !(target && (target.startsWith("lib/judgement/rule/") || target === SCHEMA_ENUMS))) {
        out.push({ rule: "the rule imports nothing but its own folder and the schema's enums", file, spec });
      }
      if (file.startsWith("lib/instruments/") && !(target && /^lib\/(instruments|judgement\/rule)\//.test(target))) {
        out.push({ rule: "the instruments import nothing but the rule and their own folder", file, spec });
      }
      if (file.startsWith("lib/") && !isGlue(file)) {
        if (!target && NEXT_PACKAGES.test(spec)) out.push({ rule: "the domain never imports Next or React", file, spec });
        if (target && isGlue(target)) out.push({ rule: "the domain never imports the web glue", file, spec });
      }
    }
  }
  for (const cycle of cycles(graph)) out.push({ rule: "no import cycles", file: cycle.join(" -> "), spec: "" });
  return out;
}
