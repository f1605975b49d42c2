"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef } from "react";
import { changeFollowUpStatusAction } from "@/app/(app)/follow-ups/actions";
import { useFormSubmit } from "@/components/forms/use-form-submit";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { inputClassName } from "@/components/ui/input";
import { MAX_DROP_REASON_LENGTH } from "@/lib/follow-ups/limits";

type Props = { followUpId: string; memberName: string; onClosed: () => void };

/** Asks why a follow-up is dropped, in words the manager can later tell the report. */
export function DropDialog({ followUpId, memberName, onClosed }: Props) {
  const t = useTranslations("followUps");
  const router = useRouter();
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const form = useFormSubmit(changeFollowUpStatusAction, () => {
    ref.current?.close();
    router.refresh();
  });

  return (
    <dialog
      ref={ref}
      aria-labelledby={`${id}-title`}
      onClose={onClosed}
      className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-xl border border-border bg-card p-5 text-foreground backdrop:bg-black/40"
    >
      <form onSubmit={form.onSubmit} noValidate className="space-y-4">
        <h2 id={`${id}-title`} className="text-lg font-semibold">
          {t("dropTitle")}
        </h2>
        <p className="text-sm text-muted-foreground">{t("dropBody", { name: memberName })}</p>
        <input type="hidden" name="followUpId" value={followUpId} />
        <input type="hidden" name="status" value="DROPPED" />
        <FormMessage message={form.formError} />
        <Field label={t("dropReasonLabel")} errors={form.fieldErrors.reason}>
          <textarea name="reason" rows={3} maxLength={MAX_DROP_REASON_LENGTH} autoFocus className={inputClassName} />
        </Field>
        <div className="flex flex-wrap justify-end gap-2">
          <Button type="button" variant="secondary" onClick={() => ref.current?.close()}>
            {t("cancel")}
          </Button>
          <Button type="submit" variant="danger" disabled={form.pending}>
            {form.pending ? t("working") : t("dropConfirm")}
          </Button>
        </div>
      </form>
    </dialog>
  );
}
