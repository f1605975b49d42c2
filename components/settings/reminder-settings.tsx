"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { saveReminderSettingsAction } from "@/app/(app)/settings/reminder-actions";
import { useFormSubmit } from "@/components/forms/use-form-submit";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";

type Props = { available: boolean; enabled: boolean; time: string; timeZone: string };

/** Opting in to the daily digest and choosing its local time. */
export function ReminderSettings({ available, enabled, time, timeZone }: Props) {
  const t = useTranslations("reminders");
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const form = useFormSubmit(saveReminderSettingsAction, () => {
    setSaved(true);
    router.refresh();
  });

  return (
    <form onSubmit={form.onSubmit} onChange={() => setSaved(false)} noValidate className="space-y-4">
      {!available && <p className="rounded-lg bg-muted px-3 py-2 text-sm">{t("unavailable")}</p>}
      <FormMessage message={form.formError} />
      <FormMessage message={saved ? t("saved") : null} tone="success" />
      <div className="space-y-1.5">
        <label className="flex min-h-11 items-center gap-3 text-sm font-medium">
          <input
            type="checkbox"
            name="enabled"
            defaultChecked={enabled}
            disabled={!available}
            aria-invalid={form.fieldErrors.enabled ? true : undefined}
            className="size-5 accent-primary"
          />
          {t("enabled")}
        </label>
        {form.fieldErrors.enabled && <p className="text-sm font-medium text-danger">{form.fieldErrors.enabled.join(" ")}</p>}
      </div>
      <Field label={t("time")} hint={t("timeHint", { timeZone })} errors={form.fieldErrors.time}>
        <Input type="time" name="time" defaultValue={time} step={60} disabled={!available} className="max-w-48 disabled:opacity-60" />
      </Field>
      {available && (
        <Button type="submit" disabled={form.pending}>
          {form.pending ? t("saving") : t("save")}
        </Button>
      )}
    </form>
  );
}
