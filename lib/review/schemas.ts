import { z } from "zod";
import { messageKey } from "../i18n/translate-message";
import { cleanText } from "../text-rules";
import { REVIEW_POLICIES } from "../vocabulary";

export const REVIEW_COMMENT_MAX = 2000;

const comment = z
  .string()
  .trim()
  .max(REVIEW_COMMENT_MAX, messageKey("validation.maxChars", { max: REVIEW_COMMENT_MAX }));

/** Approving may say why; returning must. */
export const ApproveReviewSchema = z.object({ comment: cleanText(comment).optional() });
export const ReturnReviewSchema = z.object({ comment: cleanText(comment.min(1, "validation.enterComment")) });

export const SetReviewPolicySchema = z.object({
  surveyId: z.string().trim().min(1).max(100),
  reviewPolicy: z.enum(REVIEW_POLICIES, { error: "validation.chooseReviewPolicy" }),
});

export const DecisionSchema = z.object({ decision: z.enum(["approve", "return"], { error: "validation.chooseDecision" }) });
