"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { changeFollowUpStatusAction } from "@/app/(app)/follow-ups/actions";
import { DropDialog } from "@/components/follow-ups/drop-dialog";
import { useActionCall } from "@/components/forms/use-action-call";
import { Button } from "@/components/ui/button";
import type { FollowUpStatus } from "@/lib/generated/prisma/enums";

type Props = { followUpId: string; status: FollowUpStatus; memberName: string; describedBy: string };

/** The next steps of a follow-up, one tap each; dropping asks for a reason first. */
export function StatusControls({ followUpId, status, memberName, describedBy }: Props) {
  const t = useTranslations("followUps");
  const router = useRouter();
  const call = useActionCall();
  const [dropping, setDropping] = useState(false);
  const closed = status === "DONE" || status === "DROPPED";

  const change = (next: FollowUpStatus) =>
    call.run(() => changeFollowUpStatusAction({ followUpId, status: next }), () => router.refresh());

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        {closed ? (
          <Button size="sm" variant="secondary" aria-describedby={describedBy} disabled={call.pending} onClick={() => change("OPEN")}>
            {call.pending ? t("working") : t("reopen")}
          </Button>
        ) : (
          <>
            <Button size="sm" aria-describedby={describedBy} disabled={call.pending} onClick={() => change("DONE")}>
              {call.pending ? t("working") : t("markDone")}
            </Button>
            {status === "OPEN" && (
              <Button size="sm" variant="secondary" aria-describedby={describedBy} disabled={call.pending} onClick={() => change("IN_PROGRESS")}>
                {t("start")}
              </Button>
            )}
            <Button size="sm" variant="ghost" aria-describedby={describedBy} disabled={call.pending} onClick={() => setDropping(true)}>
              {t("drop")}
            </Button>
          </>
        )}
      </div>
      {call.error && (
        <p role="alert" className="text-sm font-medium text-danger">
          {call.error}
        </p>
      )}
      {dropping && <DropDialog followUpId={followUpId} memberName={memberName} onClosed={() => setDropping(false)} />}
    </div>
  );
}
