import { z } from "zod";
import { messageKey } from "../i18n/translate-message";
import { cleanText } from "../text-rules";

export const COMMENT_MAX = 4000;

/** On exactly one of a development or an expectation. */
export const AddCommentSchema = z.object({
  body: cleanText(
    z
      .string({ error: "validation.enterCommentText" })
      .trim()
      .min(1, "validation.enterCommentText")
      .max(COMMENT_MAX, messageKey("validation.maxChars", { max: COMMENT_MAX })),
  ),
});

export const COMMENT_TARGETS = ["expectation", "development"] as const;
export type CommentTarget = { kind: (typeof COMMENT_TARGETS)[number]; id: string };
