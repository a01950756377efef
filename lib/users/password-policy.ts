// Apart from the zod schemas so client forms can show it without loading zod
// (docs/decisions/0015).
export const MIN_PASSWORD_LENGTH = 10;
