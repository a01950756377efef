import { z } from "zod";
import { LinkBaseSchema, withDecisiveChecks } from "../developments/schemas";

export const AddEvidenceLinkSchema = withDecisiveChecks(
  LinkBaseSchema.extend({
    developmentId: z.string({ error: "validation.chooseDevelopment" }).trim().min(1, "validation.chooseDevelopment").max(40, "validation.unknownDevelopment"),
  }),
);

export const UpdateEvidenceLinkSchema = withDecisiveChecks(
  LinkBaseSchema.pick({ stance: true, rationale: true, decisive: true }).extend({
    expectedVersion: z.coerce.number().int().positive(),
  }),
);
