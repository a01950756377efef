// The themes expectations are grouped by, in display order. Stored on
// Expectation.theme as the key; a new survey adds its own keys here.
export const THEMES = [
  { key: "us-dprk-talks", label: "US–DPRK talks" },
  { key: "inter-korean", label: "Inter-Korean relations" },
  { key: "rok-us-alliance", label: "ROK–US alliance" },
] as const;

export type ThemeKey = (typeof THEMES)[number]["key"];

export const THEME_KEYS = THEMES.map((t) => t.key) as [ThemeKey, ...ThemeKey[]];

export function themeLabel(key: string): string {
  return THEMES.find((t) => t.key === key)?.label ?? key;
}

export function themeOrder(key: string): number {
  const index = THEMES.findIndex((t) => t.key === key);
  return index === -1 ? THEMES.length : index;
}
