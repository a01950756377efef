// Input of the account changes an admin makes and of a person's own password
// change (issue 15). Messages are catalogue keys, shown in the reader's language.
import { z } from "zod";
import { ROLES } from "../auth/roles";
import { messageKey } from "../i18n/translate-message";
import { MIN_PASSWORD_LENGTH } from "./password-policy";

const UserId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, "validation.invalid");

const NewPassword = z
  .string()
  .min(MIN_PASSWORD_LENGTH, messageKey("validation.passwordMin", { min: MIN_PASSWORD_LENGTH }))
  .max(200, messageKey("validation.maxChars", { max: 200 }));

export const ChangeRoleSchema = z.object({ userId: UserId, role: z.enum(ROLES, { error: "validation.chooseRole" }) });

export const AccountTargetSchema = z.object({ userId: UserId });

export const TemporaryPasswordSchema = z.object({ userId: UserId, password: NewPassword });

export const OwnPasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "validation.enterPassword").max(200),
    newPassword: NewPassword,
    confirmPassword: z.string().max(200),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], error: "accounts.errors.passwordsDiffer" })
  .refine((v) => v.newPassword !== v.currentPassword, { path: ["newPassword"], error: "accounts.errors.passwordUnchanged" });
