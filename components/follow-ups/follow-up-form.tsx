"use client";

import { Plus, X } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { createFollowUpAction } from "@/app/(app)/follow-ups/actions";
import { useFormSubmit } from "@/components/forms/use-form-submit";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Input, Select, inputClassName } from "@/components/ui/input";
import { MAX_ACTION_LENGTH, MAX_MILESTONE_LENGTH, MAX_MILESTONES, MAX_REQUEST_LENGTH } from "@/lib/follow-ups/limits";

type Props = {
  reports: { id: string; name: string }[];
  memberId: string | null;
  conversationId: string | null;
  /** Where to go once saved: the profile it came from, or the follow-ups page. */
  returnTo: string;
};

/** A new follow-up: the request in the report's words, the manager's part, dates and milestones. */
export function FollowUpForm({ reports, memberId, conversationId, returnTo }: Props) {
  const t = useTranslations("followUps.form");
  const router = useRouter();
  // Stable keys, so removing a row keeps what was typed in the others.
  const [rows, setRows] = useState<number[]>([0]);
  const [nextKey, setNextKey] = useState(1);
  const form = useFormSubmit(createFollowUpAction, () => {
    router.push(returnTo);
    router.refresh();
  });

  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-5">
      {conversationId && <input type="hidden" name="conversationId" value={conversationId} />}
      <FormMessage message={form.formError} />
      {memberId ? (
        <input type="hidden" name="memberId" value={memberId} />
      ) : (
        <Field label={t("member")} errors={form.fieldErrors.memberId}>
          <Select name="memberId" defaultValue="" required>
            <option value="" disabled>
              {t("chooseMember")}
            </option>
            {reports.map((report) => (
              <option key={report.id} value={report.id}>
                {report.name}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <Field label={t("request")} hint={t("requestHint")} errors={form.fieldErrors.request}>
        <textarea name="request" rows={3} maxLength={MAX_REQUEST_LENGTH} required className={inputClassName} />
      </Field>
      <Field label={t("action")} hint={t("actionHint")} errors={form.fieldErrors.action}>
        <textarea name="action" rows={3} maxLength={MAX_ACTION_LENGTH} className={inputClassName} />
      </Field>
      <div className="sm:max-w-xs">
        <Field label={t("dueDate")} errors={form.fieldErrors.dueDate}>
          <Input type="date" name="dueDate" />
        </Field>
      </div>
      <fieldset className="space-y-3">
        <legend className="text-sm font-medium">{t("milestonesTitle")}</legend>
        <p className="text-sm text-muted-foreground">{t("milestonesHint")}</p>
        <FormMessage message={form.fieldErrors.milestones?.join(" ")} />
        <ol className="space-y-3">
          {rows.map((key, index) => (
            <li key={key} className="grid grid-cols-[1fr_auto] items-end gap-2 rounded-lg border border-border p-3 sm:grid-cols-[1fr_11rem_auto]">
              <div className="col-span-2 sm:col-span-1">
                <Field label={t("milestoneTitle", { number: index + 1 })} errors={form.fieldErrors[`milestones.${index}.title`]}>
                  <Input name={`milestones.${index}.title`} maxLength={MAX_MILESTONE_LENGTH} />
                </Field>
              </div>
              <Field label={t("milestoneDate", { number: index + 1 })} errors={form.fieldErrors[`milestones.${index}.dueDate`]}>
                <Input type="date" name={`milestones.${index}.dueDate`} />
              </Field>
              <Button
                type="button"
                variant="ghost"
                aria-label={t("removeMilestone", { number: index + 1 })}
                onClick={() => setRows((current) => current.filter((row) => row !== key))}
              >
                <X aria-hidden="true" className="size-4" />
              </Button>
            </li>
          ))}
        </ol>
        {rows.length < MAX_MILESTONES && (
          <Button
            type="button"
            variant="secondary"
            size="sm"
            onClick={() => {
              setRows((current) => [...current, nextKey]);
              setNextKey((key) => key + 1);
            }}
          >
            <Plus aria-hidden="true" className="size-4" />
            {t("addMilestoneRow")}
          </Button>
        )}
      </fieldset>
      <Button type="submit" disabled={form.pending}>
        {form.pending ? t("saving") : t("save")}
      </Button>
    </form>
  );
}
