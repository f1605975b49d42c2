"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { createInvitationAction } from "@/app/(app)/settings/actions";
import { useFormSubmit } from "@/components/forms/use-form-submit";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { CopyableLink } from "@/components/ui/copyable-link";
import { Input } from "@/components/ui/input";

export function InviteForm() {
  const t = useTranslations("settings");
  const tCommon = useTranslations("common");
  const router = useRouter();
  const [link, setLink] = useState<string | null>(null);
  const form = useFormSubmit(createInvitationAction, ({ path }) => {
    setLink(new URL(path, window.location.origin).toString());
    router.refresh();
  });

  return (
    <div className="space-y-4">
      <form onSubmit={form.onSubmit} noValidate className="space-y-4">
        <FormMessage message={form.formError} />
        <Field
          label={`${t("inviteEmail")} (${tCommon("optional")})`}
          hint={t("inviteEmailHint")}
          errors={form.fieldErrors.email}
        >
          <Input name="email" type="email" autoComplete="off" />
        </Field>
        <Button type="submit" disabled={form.pending}>
          {form.pending ? t("creatingInvite") : t("createInvite")}
        </Button>
      </form>
      {link && (
        <CopyableLink key={link} label={t("inviteLink")} link={link} />
      )}
    </div>
  );
}
