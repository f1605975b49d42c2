import { z } from "zod";
import { isCommonPassword } from "@/lib/auth/common-passwords";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@/lib/auth/password-rules";
import { LOCALES } from "@/lib/i18n/locales";
import { plainText } from "@/lib/validation/schemas";

// Messages are translation keys under `errors.`; forms show them translated beside the field.

export const emailSchema = plainText("required")
  .trim()
  .min(1, "required")
  .max(254, "tooLong")
  .pipe(z.email("invalidEmail"))
  .transform((email) => email.toLowerCase());

const nameSchema = plainText("required").trim().min(1, "required").max(100, "tooLong");

export const newPasswordSchema = z
  .string("required")
  .min(MIN_PASSWORD_LENGTH, "passwordTooShort")
  .max(MAX_PASSWORD_LENGTH, "tooLong")
  .refine((password) => !isCommonPassword(password), "passwordTooCommon");

const timeZoneSchema = z
  .string()
  .refine((zone) => Intl.supportedValuesOf("timeZone").includes(zone) || zone === "UTC")
  .catch("UTC");

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string("required").min(1, "required").max(MAX_PASSWORD_LENGTH, "tooLong"),
});

const accountFields = {
  name: nameSchema,
  email: emailSchema,
  password: newPasswordSchema,
  locale: z.enum(LOCALES).catch("en"),
  timeZone: timeZoneSchema,
};

export const signUpSchema = z
  .object({ ...accountFields, workspaceName: nameSchema })
  .superRefine(rejectPasswordContainingEmail);

export const acceptInvitationSchema = z
  .object({ ...accountFields, token: z.string().min(1).max(200) })
  .superRefine(rejectPasswordContainingEmail);

function rejectPasswordContainingEmail(
  value: { email: string; password: string },
  ctx: z.RefinementCtx,
) {
  const localPart = value.email.split("@")[0] ?? "";
  if (localPart.length >= 3 && value.password.toLowerCase().includes(localPart)) {
    ctx.addIssue({ code: "custom", path: ["password"], message: "passwordContainsEmail" });
  }
}
