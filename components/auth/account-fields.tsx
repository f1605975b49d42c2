"use client";

import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { FieldErrors } from "@/lib/actions/action-result";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password-rules";

/** Name, email and new password: the fields of every new account, plus its language and time zone. */
export function AccountFields({ errors, fixedEmail }: { errors: FieldErrors; fixedEmail?: string | null }) {
  const t = useTranslations("auth");
  return (
    <>
      <Field label={t("name")} errors={errors.name}>
        <Input name="name" autoComplete="name" required maxLength={100} />
      </Field>
      <Field label={t("email")} errors={errors.email}>
        <Input
          name="email"
          type="email"
          autoComplete="email"
          required
          defaultValue={fixedEmail ?? undefined}
          readOnly={Boolean(fixedEmail)}
        />
      </Field>
      <Field label={t("password")} hint={t("passwordHint", { min: MIN_PASSWORD_LENGTH })} errors={errors.password}>
        <Input name="password" type="password" autoComplete="new-password" required minLength={MIN_PASSWORD_LENGTH} />
      </Field>
    </>
  );
}

/** The browser's time zone, so dates show as the manager lives them. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}
