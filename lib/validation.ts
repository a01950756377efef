// Turns zod failures into the one error type the app answers with: a
// VALIDATION AppError carrying a message per field, for forms and APIs alike.
import type { z } from "zod";
import { AppError, type FieldErrors } from "./errors";

export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fieldErrors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_form";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  throw new AppError("VALIDATION", "validation.fieldsNeedAttention", fieldErrors);
}
