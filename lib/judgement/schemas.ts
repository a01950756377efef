import { z } from "zod";
import { messageKey } from "../i18n/translate-message";
import { cleanText } from "../text-rules";
import { STATUSES } from "./rule";

export { STATUSES };

export const OverrideStatusSchema = z.object({
  status: z.enum(STATUSES, { error: "validation.chooseStatus" }),
  reason: cleanText(
    z
      .string({ error: "validation.enterReason" })
      .trim()
      .min(1, "validation.enterReason")
      .max(2000, messageKey("validation.maxChars", { max: 2000 })),
  ),
});
