import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AcceptInvitationForm } from "@/components/auth/accept-invitation-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Card } from "@/components/ui/card";
import { UNUSABLE_INVITATION_ERROR } from "@/lib/workspaces/invitation-status";
import { findInvitation } from "@/lib/workspaces/invitations";

export const metadata: Metadata = { robots: { index: false } };


export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [t, tErrors] = await Promise.all([getTranslations("auth"), getTranslations("errors")]);
  const invitation = token.length <= 200 ? await findInvitation(token) : null;

  if (invitation?.status !== "pending") {
    return (
      <Card className="space-y-3">
        <h1 className="text-xl font-semibold">{t("inviteUnavailableTitle")}</h1>
        <p role="alert">{tErrors(invitation ? UNUSABLE_INVITATION_ERROR[invitation.status] : "invitationNotFound")}</p>
        <p className="text-muted-foreground">{t("inviteUnavailableHelp")}</p>
        <p>
          <Link href="/sign-in" className="font-medium text-primary underline underline-offset-4">
            {t("signInLink")}
          </Link>
        </p>
      </Card>
    );
  }
  return (
    <ClientMessages namespaces={["auth", "errors"]}>
      <AcceptInvitationForm token={token} workspaceName={invitation.workspaceName} email={invitation.email} />
    </ClientMessages>
  );
}
