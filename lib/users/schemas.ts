import { z } from "zod";
import { ROLES } from "../auth/roles";

export const MIN_PASSWORD_LENGTH = 10;

const Email = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "Enter a valid email address." }).max(254, "Email is too long."));

const Password = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`)
  .max(200, "Use at most 200 characters.");

const Name = z.string().trim().min(1, "Enter a name.").max(120, "Use at most 120 characters.");

export const FirstAdminSchema = z.object({ name: Name, email: Email, password: Password });
export type FirstAdminInput = z.infer<typeof FirstAdminSchema>;

export const CreateUserSchema = z.object({
  name: Name,
  email: Email,
  password: Password,
  role: z.enum(ROLES, { error: "Choose admin, analyst or viewer." }),
});
export type CreateUserInput = z.infer<typeof CreateUserSchema>;

export const SignInSchema = z.object({
  email: Email,
  password: z.string().min(1, "Enter your password.").max(200),
});
