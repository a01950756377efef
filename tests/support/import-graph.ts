// The project's import graph, read from the source (no bundler): every
// relative or "@/" import of every .ts/.tsx file under the given folders,
// resolved to a file. What tests/unit/architecture.test.ts checks its rules on.
import fs from "node:fs";
import path from "node:path";

export type Graph = Map<string, { file: string; imports: { spec: string; target: string | null }[] }>;

const IMPORT = /(?:^|\n)\s*(?:import|export)\s+(?:type\s+)?(?:[^'"]*?\sfrom\s+)?["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;
const EXTENSIONS = [".ts", ".tsx", "/index.ts", "/index.tsx"];

function walk(dir: string, out: string[]) {
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name === "generated" || entry.name.startsWith(".")) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (/\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith(".d.ts")) out.push(full);
  }
}

function resolve(root: string, from: string, spec: string): string | null {
  const base = spec.startsWith("@/") ? path.join(root, spec.slice(2)) : spec.startsWith(".") ? path.resolve(path.dirname(from), spec) : null;
  if (base === null) return null;
  for (const ext of ["", ...EXTENSIONS]) {
    const candidate = base + ext;
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** Files relative to `root`, each with its import specifiers and the project file each resolves to (null: a package). */
export function importGraph(root: string, folders: string[]): Graph {
  const files: string[] = [];
  for (const f of folders) walk(path.join(root, f), files);
  const graph: Graph = new Map();
  for (const file of files) {
    const text = fs.readFileSync(file, "utf8");
    const imports: { spec: string; target: string | null }[] = [];
    for (const m of text.matchAll(IMPORT)) {
      const spec = m[1] ?? m[2]!;
      const target = resolve(root, file, spec);
      imports.push({ spec, target: target ? path.relative(root, target) : null });
    }
    graph.set(path.relative(root, file), { file: path.relative(root, file), imports });
  }
  return graph;
}

/** Import cycles among project files (each reported once, as the files in it). */
export function cycles(graph: Graph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let next = 0;
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const { target } of graph.get(v)?.imports ?? []) {
      if (!target || !graph.has(target)) continue;
      if (!index.has(target)) {
        visit(target);
        low.set(v, Math.min(low.get(v)!, low.get(target)!));
      } else if (onStack.has(target)) low.set(v, Math.min(low.get(v)!, index.get(target)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}
