import { z } from "zod";
import { ROLES } from "../auth/roles";
import { messageKey } from "../i18n/translate-message";
import { cleanText } from "../text-rules";

export { MIN_PASSWORD_LENGTH } from "./password-policy";
import { MIN_PASSWORD_LENGTH } from "./password-policy";

const Email = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "validation.enterEmail" }).max(254, "validation.emailTooLong"));

const Password = z
  .string()
  .min(MIN_PASSWORD_LENGTH, messageKey("validation.passwordMin", { min: MIN_PASSWORD_LENGTH }))
  .max(200, messageKey("validation.maxChars", { max: 200 }));

const Name = cleanText(
  z
    .string()
    .trim()
    .min(1, "validation.enterName")
    .max(120, messageKey("validation.maxChars", { max: 120 })),
);

export const FirstAdminSchema = z.object({ name: Name, email: Email, password: Password });
export type FirstAdminInput = z.infer<typeof FirstAdminSchema>;

export const CreateUserSchema = z.object({
  name: Name,
  email: Email,
  password: Password,
  role: z.enum(ROLES, { error: "validation.chooseRole" }),
});
export type CreateUserInput = z.infer<typeof CreateUserSchema>;

export const SignInSchema = z.object({
  email: Email,
  password: z.string().min(1, "validation.enterPassword").max(200),
});
