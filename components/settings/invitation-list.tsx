"use client";

import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useTransition } from "react";
import { revokeInvitationAction } from "@/app/(app)/settings/actions";
import { Button } from "@/components/ui/button";
import type { InvitationStatus } from "@/lib/workspaces/invitation-status";

type Invitation = {
  id: string;
  email: string | null;
  expiresAt: Date;
  status: InvitationStatus;
  acceptedBy: { name: string } | null;
};

export function InvitationList({ invitations }: { invitations: Invitation[] }) {
  const t = useTranslations("settings");
  const format = useFormatter();
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  return (
    <div>
      <h3 className="mb-2 font-semibold">{t("invitationsTitle")}</h3>
      {invitations.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t("noInvitations")}</p>
      ) : (
        <ul className="divide-y divide-border">
          {invitations.map((invitation) => {
            const who = invitation.email ?? t("anyone");
            return (
              <li key={invitation.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span className="min-w-0">
                  <span className="block truncate">{who}</span>
                  <span className="block text-sm text-muted-foreground">
                    {t(`status.${invitation.status}`)} ·{" "}
                    {invitation.acceptedBy
                      ? t("acceptedBy", { name: invitation.acceptedBy.name })
                      : t("expires", { date: format.dateTime(invitation.expiresAt, { dateStyle: "medium", timeStyle: "short" }) })}
                  </span>
                </span>
                {invitation.status === "pending" && (
                  <Button
                    variant="danger"
                    size="sm"
                    disabled={pending}
                    aria-label={t("revokeLabel", { who })}
                    onClick={() =>
                      startTransition(async () => {
                        await revokeInvitationAction({ invitationId: invitation.id });
                        router.refresh();
                      })
                    }
                  >
                    {t("revoke")}
                  </Button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
