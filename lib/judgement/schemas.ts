import { z } from "zod";
import { messageKey } from "../i18n/translate-message";
import { cleanText } from "../text-rules";

export const STATUSES = ["PENDING", "LEANING_CONFIRMED", "LEANING_CONTRADICTED", "CONFIRMED", "CONTRADICTED", "VOID"] as const;

export const OverrideStatusSchema = z.object({
  status: z.enum(STATUSES, { error: "validation.chooseStatus" }),
  reason: cleanText(z.string({ error: "validation.enterReason" }).trim().min(1, "validation.enterReason").max(2000, messageKey("validation.maxChars", { max: 2000 }))),
});
