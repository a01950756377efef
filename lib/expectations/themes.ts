// The themes expectations are grouped by, in display order. Stored on
// Expectation.theme as the key; labels live in the message catalogues
// (themes.<key>). A new survey adds its own keys here and there.
export const THEME_KEYS = ["us-dprk-talks", "inter-korean", "rok-us-alliance"] as const;

export type ThemeKey = (typeof THEME_KEYS)[number];

export function themeOrder(key: string): number {
  const index = (THEME_KEYS as readonly string[]).indexOf(key);
  return index === -1 ? THEME_KEYS.length : index;
}
