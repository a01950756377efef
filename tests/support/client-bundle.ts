// What a browser bundle pulls in, read from the source: from every "use client"
// file, the project files it imports at run time (type-only imports are
// erased; a "use server" file is only referenced by id, so its own imports
// stay on the server), and the packages they reach.
import fs from "node:fs";
import path from "node:path";
import type { Graph } from "./import-graph";

const RUNTIME_IMPORT = /(?:^|\n)\s*(?:import|export)\s+(?!type\s)(?:[^'"]*?\sfrom\s+)?["']([^"']+)["']/g;
const directive = (text: string, word: string) => new RegExp(`^\\s*["']use ${word}["']`).test(text);

/** Each client component whose bundle reaches `pkg`, with the chain of files that leads there. */
export function clientPathsTo(root: string, graph: Graph, pkg: string): string[] {
  const text = (file: string) => fs.readFileSync(path.join(root, file), "utf8");
  const runtime = (file: string) => {
    // Files outside the graph's folders (JSON catalogues, generated code) are not followed.
    const node = graph.get(file);
    if (!node) return [];
    const specs = new Set([...text(file).matchAll(RUNTIME_IMPORT)].map((m) => m[1]!));
    return node.imports.filter((i) => specs.has(i.spec));
  };
  const found: string[] = [];
  for (const start of [...graph.keys()].filter((f) => directive(text(f), "client"))) {
    const seen = new Map<string, string | null>([[start, null]]);
    const queue = [start];
    while (queue.length) {
      const file = queue.shift()!;
      for (const i of runtime(file)) {
        if (i.target === null) {
          if (i.spec === pkg || i.spec.startsWith(`${pkg}/`)) {
            const chain = [file];
            for (let at = seen.get(file); at; at = seen.get(at)) chain.unshift(at);
            found.push(chain.join(" → "));
          }
          continue;
        }
        if (seen.has(i.target) || !graph.has(i.target) || directive(text(i.target), "server")) continue;
        seen.set(i.target, file);
        queue.push(i.target);
      }
    }
  }
  return [...new Set(found)];
}
