"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { signInWithCredentials } from "@/components/auth/sign-in-with-credentials";
import { useEnterApp } from "@/components/auth/use-enter-app";
import { useFormSubmit } from "@/components/forms/use-form-submit";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";

export function SignInForm() {
  const t = useTranslations("auth");
  const enterApp = useEnterApp();
  const tErrors = useTranslations("errors");
  const form = useFormSubmit(
    async ({ email = "", password = "" }) => {
      const fieldErrors: Record<string, string[]> = {};
      if (!email.trim()) fieldErrors.email = [tErrors("required")];
      if (!password) fieldErrors.password = [tErrors("required")];
      if (Object.keys(fieldErrors).length) return { ok: false, fieldErrors, formError: null };
      const outcome = await signInWithCredentials(email, password);
      if (outcome.ok) return { ok: true, data: null };
      if (outcome.retryAfterSeconds !== null) {
        const minutes = Math.ceil(outcome.retryAfterSeconds / 60);
        return { ok: false, fieldErrors: {}, formError: tErrors("tooManyAttempts", { minutes }) };
      }
      return { ok: false, fieldErrors: { password: [tErrors("wrongCredentials")] }, formError: null };
    },
    enterApp,
  );

  return (
    <Card>
      <h1 className="mb-6 text-2xl font-semibold">{t("signInTitle")}</h1>
      <form onSubmit={form.onSubmit} noValidate className="space-y-4">
        <FormMessage message={form.formError} />
        <Field label={t("email")} errors={form.fieldErrors.email}>
          <Input name="email" type="email" autoComplete="email" required />
        </Field>
        <Field label={t("password")} errors={form.fieldErrors.password}>
          <Input name="password" type="password" autoComplete="current-password" required />
        </Field>
        <Button type="submit" className="w-full" disabled={form.pending}>
          {form.pending ? t("signingIn") : t("signInSubmit")}
        </Button>
      </form>
      <p className="mt-6 text-sm text-muted-foreground">
        {t("noAccount")}{" "}
        <Link href="/sign-up" className="font-medium text-primary underline underline-offset-4">
          {t("signUpLink")}
        </Link>
      </p>
    </Card>
  );
}
