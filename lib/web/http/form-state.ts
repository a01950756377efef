// What a server action returns to its form (useActionState): a message, the
// field errors next to their inputs, and the values typed, so nothing is lost.
// Client components import this file: it must not import server code (the
// server half is ./action-state.ts).

export type FormState = {
  status: "idle" | "ok" | "error";
  message?: string;
  fieldErrors?: Record<string, string[]>;
  values?: Record<string, string>;
  /** What an action computed for the page to show (a preview), when it has more to say than a message. */
  data?: unknown;
  /** What the action made for the person to see once, and never again (a new API token's secret). */
  shown?: Record<string, string>;
};

export const IDLE: FormState = { status: "idle" };
