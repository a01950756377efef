// Many analysts saving at once: `clients` loops share one counter up to
// `total`; each save is recorded with its marker (the title) and outcome.
import { developmentPayload, postDevelopment, type Save } from "./client";

export type Outcome = Save & { marker: string; at: number };

export async function runLoad(options: {
  base: string;
  cookies: string[];
  clients: number;
  total: number;
  prefix: string;
  expectationIds: string[];
  /** Called after every acknowledged save (e.g. to start a backup halfway). */
  onOutcome?: (outcome: Outcome, all: Outcome[]) => void;
  /** Keep going after a refused save (the fault test expects connection errors). */
  stop?: () => boolean;
}): Promise<{ outcomes: Outcome[]; ms: number }> {
  const outcomes: Outcome[] = [];
  let next = 0;
  const started = performance.now();
  const worker = async (w: number) => {
    while (!options.stop?.()) {
      const n = next++;
      if (n >= options.total) return;
      const marker = `${options.prefix}-${n}`;
      const save = await postDevelopment(options.base, options.cookies[w % options.cookies.length]!, developmentPayload(marker, options.expectationIds, n));
      const outcome = { ...save, marker, at: performance.now() };
      outcomes.push(outcome);
      options.onOutcome?.(outcome, outcomes);
    }
  };
  await Promise.all(Array.from({ length: options.clients }, (_, w) => worker(w)));
  return { outcomes, ms: performance.now() - started };
}
