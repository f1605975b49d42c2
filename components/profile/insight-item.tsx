"use client";

import { Pencil } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { deleteInsightAction, restoreInsightAction } from "@/app/(app)/team/[memberId]/actions";
import { ConfirmDeleteButton } from "@/components/profile/confirm-delete-button";
import { type EditableInsight, InsightEditForm } from "@/components/profile/insight-edit-form";
import { Button } from "@/components/ui/button";
import { TRASH_RETENTION_DAYS } from "@/lib/profile/trash-retention";

/** One insight in "What I know", with Edit (in place) and Delete (confirmed, undoable). */
export function InsightItem({ insight, learnedOn }: { insight: EditableInsight; learnedOn: string }) {
  const t = useTranslations("insightEditor");
  const tTrash = useTranslations("trash");
  const textId = useId();
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  // Back from the form, keyboard users continue where they were: on the Edit button.
  useEffect(() => {
    if (!editing && returnFocus.current) {
      returnFocus.current = false;
      editButton.current?.focus();
    }
  }, [editing]);

  if (editing) {
    return (
      <li className="py-2">
        <InsightEditForm
          insight={insight}
          onClose={() => {
            returnFocus.current = true;
            setEditing(false);
          }}
        />
      </li>
    );
  }

  return (
    <li className="py-2">
      <p id={textId} className="break-words whitespace-pre-line">
        {insight.text}
      </p>
      <div className="mt-1 flex flex-wrap items-center justify-between gap-x-2">
        <span className="text-xs text-muted-foreground">{learnedOn}</span>
        <span className="-mr-2 flex">
          <Button ref={editButton} variant="ghost" size="sm" aria-describedby={textId} onClick={() => setEditing(true)}>
            <Pencil aria-hidden="true" className="size-4" />
            {t("edit")}
          </Button>
          <ConfirmDeleteButton
            label={t("delete")}
            describedBy={textId}
            title={tTrash("confirmInsightTitle")}
            body={tTrash("confirmInsightBody", { days: TRASH_RETENTION_DAYS })}
            subject={insight.text}
            deletedMessage={tTrash("insightDeleted")}
            remove={() => deleteInsightAction({ insightId: insight.id })}
            restore={() => restoreInsightAction({ insightId: insight.id })}
          />
        </span>
      </div>
    </li>
  );
}
