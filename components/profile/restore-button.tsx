"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { restoreConversationAction, restoreInsightAction } from "@/app/(app)/team/[memberId]/actions";
import { useActionCall } from "@/components/forms/use-action-call";
import { useUndoToast } from "@/components/profile/undo-toast";
import { Button } from "@/components/ui/button";

type RestoreButtonProps = { item: { conversationId: string } | { insightId: string }; describedBy: string };

/** Brings a deleted conversation or insight back from "Recently deleted". */
export function RestoreButton({ item, describedBy }: RestoreButtonProps) {
  const t = useTranslations("trash");
  const router = useRouter();
  const { announce } = useUndoToast();
  const { pending, error, run } = useActionCall();

  const restore = () =>
    run(
      () => ("conversationId" in item ? restoreConversationAction(item) : restoreInsightAction(item)),
      () => {
        announce(t("restored"));
        router.refresh();
      },
    );

  return (
    <span className="flex flex-wrap items-center gap-2">
      {error && (
        <span role="alert" className="text-sm font-medium text-danger">
          {error}
        </span>
      )}
      <Button variant="secondary" size="sm" aria-describedby={describedBy} disabled={pending} onClick={restore}>
        {pending ? t("restoring") : t("restore")}
      </Button>
    </span>
  );
}
