import { z } from "zod";
import { LinkSchema } from "../developments/schemas";

export const AddEvidenceLinkSchema = LinkSchema.extend({
  developmentId: z.string({ error: "Choose a development." }).trim().min(1, "Choose a development.").max(40, "Unknown development."),
});

export const UpdateEvidenceLinkSchema = LinkSchema.pick({ stance: true, rationale: true }).extend({
  expectedVersion: z.coerce.number().int().positive(),
});
