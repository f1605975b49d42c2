"use client";

import { signOutTo } from "@/components/auth/sign-out";
import { useTranslations } from "next-intl";
import { deleteWorkspaceAction } from "@/app/(app)/settings/workspace-actions";
import { useFormSubmit } from "@/components/forms/use-form-submit";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";

/** Deleting the workspace needs its name typed out; afterwards nobody is signed in to it. */
export function DeleteWorkspaceForm({ workspaceName }: { workspaceName: string }) {
  const t = useTranslations("workspaceData");
  const form = useFormSubmit(
    (values) => deleteWorkspaceAction({ confirmationName: values.confirmationName ?? "" }),
    () => signOutTo("/"),
  );
  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-3">
      <FormMessage message={form.formError} />
      <Field label={t("confirmLabel", { name: workspaceName })} errors={form.fieldErrors.confirmationName}>
        <Input name="confirmationName" autoComplete="off" required maxLength={200} />
      </Field>
      <Button type="submit" variant="danger" disabled={form.pending}>
        {form.pending ? t("deleting") : t("delete")}
      </Button>
    </form>
  );
}
