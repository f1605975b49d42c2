"use client";

import { useLocale, useTranslations } from "next-intl";
import { acceptInvitationAction } from "@/app/(auth)/actions";
import { AccountFields, browserTimeZone } from "@/components/auth/account-fields";
import { signInWithCredentials } from "@/components/auth/sign-in-with-credentials";
import { useEnterApp } from "@/components/auth/use-enter-app";
import { useFormSubmit } from "@/components/forms/use-form-submit";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/form-message";

type Props = { token: string; workspaceName: string; email: string | null };

export function AcceptInvitationForm({ token, workspaceName, email }: Props) {
  const t = useTranslations("auth");
  const enterApp = useEnterApp();
  const locale = useLocale();
  const form = useFormSubmit(
    (values) => acceptInvitationAction({ ...values, token, locale, timeZone: browserTimeZone() }),
    async (_, values) => {
      await signInWithCredentials(values.email ?? "", values.password ?? "");
      enterApp();
    },
  );
  // The token is not a field the user can fix: its errors are about the whole invitation.
  const formError = form.formError ?? form.fieldErrors.token?.join(" ") ?? null;

  return (
    <Card>
      <h1 className="text-2xl font-semibold">{t("inviteTitle", { workspace: workspaceName })}</h1>
      <p className="mt-2 mb-6 text-muted-foreground">{t("inviteLead")}</p>
      <form onSubmit={form.onSubmit} noValidate className="space-y-4">
        <FormMessage message={formError} />
        <AccountFields errors={form.fieldErrors} fixedEmail={email} />
        <Button type="submit" className="w-full" disabled={form.pending}>
          {form.pending ? t("creating") : t("inviteSubmit")}
        </Button>
      </form>
    </Card>
  );
}
