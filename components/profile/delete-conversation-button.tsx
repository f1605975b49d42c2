"use client";

import { useTranslations } from "next-intl";
import { deleteConversationAction, restoreConversationAction } from "@/app/(app)/team/[memberId]/actions";
import { ConfirmDeleteButton } from "@/components/profile/confirm-delete-button";
import { TRASH_RETENTION_DAYS } from "@/lib/profile/trash-retention";

/** Deletes a whole conversation with what was learned in it, after a confirmation; undoable. */
type DeleteConversationButtonProps = {
  conversationId: string;
  /** The conversation's date and setting, as its title says them. */
  subject: string;
  describedBy: string;
};

export function DeleteConversationButton({ conversationId, subject, describedBy }: DeleteConversationButtonProps) {
  const t = useTranslations("trash");
  return (
    <ConfirmDeleteButton
      label={t("deleteConversation")}
      describedBy={describedBy}
      title={t("confirmConversationTitle")}
      body={t("confirmConversationBody", { days: TRASH_RETENTION_DAYS })}
      subject={subject}
      deletedMessage={t("conversationDeleted")}
      remove={() => deleteConversationAction({ conversationId })}
      restore={() => restoreConversationAction({ conversationId })}
    />
  );
}
