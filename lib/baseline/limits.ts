// The baseline upload's fixed words and limits, shared by the server and the
// upload form (so this file imports nothing).
export const BASELINE_FORMATS = ["json", "yaml"] as const;
export type BaselineFormat = (typeof BASELINE_FORMATS)[number];

/** Largest baseline file accepted: a survey is a few dozen expectations, not megabytes; below the form cap (lib/web/http/read-form.ts). */
export const BASELINE_MAX_BYTES = 200 * 1024;

/** The format a file name suggests; JSON when it does not say. */
export function formatOf(fileName: string): BaselineFormat {
  return /\.ya?ml$/i.test(fileName) ? "yaml" : "json";
}
