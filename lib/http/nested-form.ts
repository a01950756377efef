// Turns a form's flat names ("sources.0.publisher", "actors.2") into the nested
// object the zod schemas expect, so one schema validates forms and JSON alike.
//
// A form is attacker-controlled: any name can arrive. So the walker builds only
// null-prototype objects, refuses names that could reach a prototype
// ("__proto__", "constructor", "prototype"), and bounds array indices and depth
// so that "sources.999999999" cannot make a billion-slot array.
import { AppError } from "../errors";

const FORBIDDEN = new Set(["__proto__", "constructor", "prototype"]);
const MAX_INDEX = 199;
const MAX_DEPTH = 4;

type Node = Record<string, unknown> | unknown[];

function refuse(): never {
  throw new AppError("VALIDATION", "validation.unexpectedField");
}

export function nestFormData(form: FormData): Record<string, unknown> {
  const root: Record<string, unknown> = Object.create(null);
  for (const [name, value] of form.entries()) {
    if (typeof value !== "string" || name.startsWith("$ACTION")) continue;
    const path = name.split(".");
    if (path.length > MAX_DEPTH || path.some((part) => FORBIDDEN.has(part) || part === "")) refuse();
    let node: Node = root;
    path.forEach((part, i) => {
      const isIndex = /^\d+$/.test(part);
      if (Array.isArray(node) !== isIndex) refuse(); // "links.x" or "title.0": not a shape any form sends
      if (isIndex && Number(part) > MAX_INDEX) refuse();
      const container = node as Record<string | number, unknown>;
      const key = isIndex ? Number(part) : part;
      if (i === path.length - 1) {
        container[key] = value;
        return;
      }
      const nextIsIndex = /^\d+$/.test(path[i + 1] ?? "");
      const existing = container[key];
      if (existing === undefined) container[key] = nextIsIndex ? [] : Object.create(null);
      else if (typeof existing !== "object" || Array.isArray(existing) !== nextIsIndex) refuse();
      node = container[key] as Node;
    });
  }
  // Rows removed in the form leave holes in the arrays; close them.
  const compact = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.filter((x) => x !== undefined).map(compact);
    if (v && typeof v === "object") {
      const out: Record<string, unknown> = Object.create(null);
      for (const [k, x] of Object.entries(v)) out[k] = compact(x);
      return out;
    }
    return v;
  };
  return compact(root) as Record<string, unknown>;
}
