import { z } from "zod";
import { LinkSchema } from "../developments/schemas";
import { strictInt } from "../text-rules";

export const AddEvidenceLinkSchema = LinkSchema.extend({
  developmentId: z.string({ error: "validation.chooseDevelopment" }).trim().min(1, "validation.chooseDevelopment").max(40, "validation.unknownDevelopment"),
});

export const UpdateEvidenceLinkSchema = LinkSchema.pick({ stance: true, rationale: true }).extend({
  expectedVersion: strictInt().pipe(z.number().positive()),
});
