import { z } from "zod";
import { LinkBaseSchema, withDecisiveChecks } from "../developments/schemas";
import { strictInt } from "../text-rules";

export const AddEvidenceLinkSchema = withDecisiveChecks(
  LinkBaseSchema.extend({
    developmentId: z.string({ error: "validation.chooseDevelopment" }).trim().min(1, "validation.chooseDevelopment").max(40, "validation.unknownDevelopment"),
  }),
);

export const UpdateEvidenceLinkSchema = withDecisiveChecks(
  LinkBaseSchema.pick({ stance: true, rationale: true, decisive: true }).extend({
    expectedVersion: strictInt().pipe(z.number().positive()),
  }),
);
