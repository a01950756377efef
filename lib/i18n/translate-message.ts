// Messages that lib/ produces (validation and AppError messages) are catalogue
// keys, optionally with parameters: "validation.maxChars|max=200". lib/ stays
// free of any one language; the edge (actions, route handlers) translates.
export type Translate = { (key: string, values?: Record<string, string | number>): string; has(key: string): boolean };

const KEY = /^[a-z][A-Za-z0-9]*(\.[A-Za-z0-9_-]+)+$/;

export function messageKey(key: string, params?: Record<string, string | number>): string {
  if (!params) return key;
  return [key, ...Object.entries(params).map(([k, v]) => `${k}=${v}`)].join("|");
}

export function translateMessage(t: Translate, raw: string): string {
  const [key = "", ...pairs] = raw.split("|");
  if (!KEY.test(key) || !t.has(key)) return raw;
  const values = Object.fromEntries(
    pairs.map((p) => {
      const at = p.indexOf("=");
      const value = p.slice(at + 1);
      return [p.slice(0, at), /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value];
    }),
  );
  return t(key, values);
}

export function translateFieldErrors(t: Translate, errors: Record<string, string[]> | undefined) {
  if (!errors) return undefined;
  return Object.fromEntries(Object.entries(errors).map(([field, list]) => [field, list.map((m) => translateMessage(t, m))]));
}
