"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { createInvitationAction } from "@/app/(app)/settings/actions";
import { useFormSubmit } from "@/components/forms/use-form-submit";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";

export function InviteForm() {
  const t = useTranslations("settings");
  const tCommon = useTranslations("common");
  const router = useRouter();
  const [link, setLink] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const form = useFormSubmit(createInvitationAction, ({ path }) => {
    setLink(new URL(path, window.location.origin).toString());
    setCopied(false);
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
        <div className="space-y-2 rounded-lg bg-accent p-3">
          <label htmlFor="invite-link" className="block text-sm font-medium">
            {t("inviteLink")}
          </label>
          <div className="flex flex-col gap-2 sm:flex-row">
            <Input id="invite-link" readOnly value={link} onFocus={(event) => event.currentTarget.select()} />
            <Button
              type="button"
              variant="secondary"
              onClick={async () => {
                await navigator.clipboard?.writeText(link);
                setCopied(true);
              }}
            >
              {copied ? tCommon("copied") : tCommon("copy")}
            </Button>
          </div>
        </div>
      )}
    </div>
  );
}
