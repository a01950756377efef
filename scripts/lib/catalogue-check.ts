// Checks the message catalogues: every key in every language, and every key
// the code uses present in them. Run by tests/unit/message-catalogues.test.ts.
import fs from "node:fs";
import path from "node:path";

export type Catalogue = Record<string, unknown>;

/** Every leaf key of a catalogue, dotted ("nav.signOut"). */
export function leafKeys(catalogue: Catalogue, prefix = ""): string[] {
  return Object.entries(catalogue).flatMap(([key, value]) =>
    value && typeof value === "object" ? leafKeys(value as Catalogue, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

/** Keys present in one catalogue and missing in another, per language. */
export function missingKeys(catalogues: Record<string, Catalogue>): Record<string, string[]> {
  const all = new Set(Object.values(catalogues).flatMap((c) => leafKeys(c)));
  return Object.fromEntries(
    Object.entries(catalogues).map(([lang, c]) => {
      const have = new Set(leafKeys(c));
      return [lang, [...all].filter((k) => !have.has(k)).sort()];
    }),
  );
}

/**
 * Literal keys the code passes to t(...), messageKey(...) or as "validation.x" /
 * "errors.x" strings, with the namespace of useTranslations("ns") applied.
 * Template keys (t(`status.${s}`)) are checked by enumerating their values in the test.
 */
export function keysUsedInCode(dirs: string[]): { file: string; key: string }[] {
  const found: { file: string; key: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "generated" && entry.name !== "node_modules") walk(full);
        continue;
      }
      if (!/\.(ts|tsx)$/.test(entry.name)) continue;
      const source = fs.readFileSync(full, "utf8");
      const namespaces = new Map<string, string>();
      for (const m of source.matchAll(/const (\w+) = (?:await )?(?:useTranslations|getTranslations)\("([\w.-]+)"\)/g)) namespaces.set(m[1]!, m[2]!);
      for (const m of source.matchAll(/\b(\w+)\("([a-zA-Z][\w.-]*)"/g)) {
        const [, fn, key] = m;
        if (fn === "t" || fn === "tAll" || fn === "tc" || fn === "tr" || fn === "f" || namespaces.has(fn!)) {
          const ns = namespaces.get(fn!);
          if (fn === "f" && !ns) continue; // f(...) is a formatter unless bound to a namespace
          found.push({ file: full, key: ns ? `${ns}.${key}` : key! });
        }
      }
      // Keys lib/ hands over as messages (validation, errors, judgement reasons, notifications).
      for (const m of source.matchAll(/"((?:validation|errors|judgement|notifications)\.[a-zA-Z.]+)"/g)) found.push({ file: full, key: m[1]! });
    }
  };
  dirs.forEach(walk);
  return found;
}
