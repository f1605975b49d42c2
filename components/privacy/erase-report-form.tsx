"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { eraseReportAction } from "@/app/(app)/team/[memberId]/privacy/actions";
import { useFormSubmit } from "@/components/forms/use-form-submit";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";

/** Erasing needs the report's name typed out: a slip of the finger must not erase anyone. */
export function EraseReportForm({ memberId, name }: { memberId: string; name: string }) {
  const t = useTranslations("privacy");
  const router = useRouter();
  const form = useFormSubmit(
    (values) => eraseReportAction({ memberId, confirmationName: values.confirmationName ?? "" }),
    () => {
      router.push("/team");
      router.refresh();
    },
  );
  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-3">
      <FormMessage message={form.formError} />
      <Field label={t("confirmLabel", { name })} errors={form.fieldErrors.confirmationName}>
        <Input name="confirmationName" autoComplete="off" required maxLength={200} />
      </Field>
      <Button type="submit" variant="danger" disabled={form.pending}>
        {form.pending ? t("erasing") : t("erase", { name })}
      </Button>
    </form>
  );
}
