"use client";

import { useEffect, useId, useRef } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

type ConfirmDialogProps = {
  title: string;
  body: string;
  /** What would be deleted, in a few words, so the manager can check it is the right one. */
  subject?: string;
  confirmLabel: string;
  pendingLabel: string;
  cancelLabel: string;
  pending: boolean;
  error: string | null;
  onConfirm: () => void;
  /** Called once the dialog has closed by Cancel or Escape (focus is back on what opened it). */
  onClosed: () => void;
};

/**
 * A modal question before something destructive. The native <dialog> opened with showModal()
 * traps focus, closes on Escape and returns focus to the button that opened it; Cancel has
 * focus first, so a stray Enter deletes nothing. Render it only while it should be open.
 */
export function ConfirmDialog({ title, body, subject, confirmLabel, pendingLabel, cancelLabel, pending, error, onConfirm, onClosed }: ConfirmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  return (
    <dialog
      ref={ref}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onClose={onClosed}
      onCancel={(event) => {
        if (pending) event.preventDefault();
      }}
      className="m-auto w-[min(28rem,calc(100%-2rem))] rounded-xl border border-border bg-card p-5 text-foreground shadow-xl backdrop:bg-black/50"
    >
      <h2 id={`${id}-title`} className="text-lg font-semibold">
        {title}
      </h2>
      {subject && (
        <blockquote className="mt-3 line-clamp-3 border-l-2 border-border pl-3 text-sm break-words">{subject}</blockquote>
      )}
      <p id={`${id}-body`} className="mt-3 text-sm text-muted-foreground">
        {body}
      </p>
      <div className="mt-3">
        <FormMessage message={error} />
      </div>
      <div className="mt-4 flex flex-wrap justify-end gap-2">
        <Button variant="secondary" autoFocus disabled={pending} onClick={() => ref.current?.close()}>
          {cancelLabel}
        </Button>
        <Button variant="danger" disabled={pending} onClick={onConfirm}>
          {pending ? pendingLabel : confirmLabel}
        </Button>
      </div>
    </dialog>
  );
}
