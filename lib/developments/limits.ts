// Lengths and counts of a development's fields, apart from the zod schemas so
// the form (a client component) can use them without loading zod, whose
// schema set-up probes `new Function` and so trips the CSP (docs/decisions/0015).
export const LIMITS = {
  title: 200,
  summary: 5000,
  rationale: 2000,
  citation: 1000,
  url: 2000,
  publisher: 200,
  name: 80,
  actors: 20,
  tags: 20,
  sources: 10,
  links: 20,
} as const;
