"use client";

import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { signUpAction } from "@/app/(auth)/actions";
import { AccountFields, browserTimeZone } from "@/components/auth/account-fields";
import { signInWithCredentials } from "@/components/auth/sign-in-with-credentials";
import { useEnterApp } from "@/components/auth/use-enter-app";
import { useFormSubmit } from "@/components/forms/use-form-submit";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";

export function SignUpForm() {
  const t = useTranslations("auth");
  const enterApp = useEnterApp();
  const locale = useLocale();
  const form = useFormSubmit(
    (values) => signUpAction({ ...values, locale, timeZone: browserTimeZone() }),
    async (_, values) => {
      await signInWithCredentials(values.email ?? "", values.password ?? "");
      enterApp();
    },
  );

  return (
    <Card>
      <h1 className="text-2xl font-semibold">{t("signUpTitle")}</h1>
      <p className="mt-2 mb-6 text-muted-foreground">{t("signUpLead")}</p>
      <form onSubmit={form.onSubmit} noValidate className="space-y-4">
        <FormMessage message={form.formError} />
        <Field label={t("workspaceName")} hint={t("workspaceNameHint")} errors={form.fieldErrors.workspaceName}>
          <Input name="workspaceName" required maxLength={100} autoComplete="organization" />
        </Field>
        <AccountFields errors={form.fieldErrors} />
        <Button type="submit" className="w-full" disabled={form.pending}>
          {form.pending ? t("creating") : t("signUpSubmit")}
        </Button>
      </form>
      <p className="mt-6 text-sm text-muted-foreground">
        {t("haveAccount")}{" "}
        <Link href="/sign-in" className="font-medium text-primary underline underline-offset-4">
          {t("signInLink")}
        </Link>
      </p>
    </Card>
  );
}
