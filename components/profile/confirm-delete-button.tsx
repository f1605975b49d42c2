"use client";

import { Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useActionCall } from "@/components/forms/use-action-call";
import { ConfirmDialog } from "@/components/profile/confirm-dialog";
import { useUndoToast } from "@/components/profile/undo-toast";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/action-result";

type ConfirmDeleteButtonProps = {
  label: string;
  /** The id of the text naming what is deleted, read out with the button. */
  describedBy?: string;
  title: string;
  body: string;
  /** What is deleted, quoted in the confirmation. */
  subject: string;
  /** Shown once it is deleted, beside "Undo". */
  deletedMessage: string;
  remove: () => Promise<ActionResult<null>>;
  restore: () => Promise<ActionResult<null>>;
};

/** Delete, after a confirmation; then "Undo" in the status bar. */
export function ConfirmDeleteButton({ label, describedBy, title, body, subject, deletedMessage, remove, restore }: ConfirmDeleteButtonProps) {
  const t = useTranslations("trash");
  const router = useRouter();
  const { offerUndo } = useUndoToast();
  const [open, setOpen] = useState(false);
  const { pending, error, setError, run } = useActionCall();

  const confirm = () =>
    run(remove, () => {
      setOpen(false);
      offerUndo(deletedMessage, restore);
      router.refresh();
    });

  return (
    <>
      <Button variant="ghost" size="sm" aria-describedby={describedBy} onClick={() => setOpen(true)}>
        <Trash2 aria-hidden="true" className="size-4" />
        {label}
      </Button>
      {open && (
        <ConfirmDialog
          title={title}
          body={body}
          subject={subject}
          confirmLabel={t("delete")}
          pendingLabel={t("deleting")}
          cancelLabel={t("cancel")}
          pending={pending}
          error={error}
          onConfirm={confirm}
          onClosed={() => {
            setOpen(false);
            setError(null);
          }}
        />
      )}
    </>
  );
}
