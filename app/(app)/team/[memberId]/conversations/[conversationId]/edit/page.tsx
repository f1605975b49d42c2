import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { EditConversationForm } from "@/components/conversations/edit-conversation-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { requireUser } from "@/lib/auth/guards";
import { calendarDate } from "@/lib/conversations/schemas";
import { getConversationForEdit } from "@/lib/conversations/update-conversation";

type Props = { params: Promise<{ memberId: string; conversationId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("log"))("editTitle") };
}

export default async function EditConversationPage({ params }: Props) {
  const user = await requireUser();
  const { memberId, conversationId } = await params;
  const conversation = await getConversationForEdit(user, conversationId);
  if (!conversation || conversation.memberId !== memberId) notFound();
  const t = await getTranslations("log");

  return (
    <ClientMessages namespaces={["depth", "errors", "log", "setting"]}>
      <div className="mx-auto max-w-2xl space-y-4">
        <Link href={`/team/${memberId}`} className="text-sm font-medium text-primary underline-offset-4 hover:underline">
          ← {conversation.member.name}
        </Link>
        <h1 className="text-2xl font-semibold">{t("editHeading", { name: conversation.member.name })}</h1>
        <EditConversationForm
          memberId={memberId}
          today={calendarDate(user.timeZone)}
          conversation={{
            id: conversation.id,
            occurredOn: calendarDate(user.timeZone, conversation.occurredAt),
            setting: conversation.setting,
            durationMinutes: conversation.durationMinutes?.toString() ?? "",
            openness: conversation.openness.toString(),
            volunteered: conversation.volunteered,
            pulledBackAt: conversation.pulledBackAt ?? "",
            intention: conversation.intention ?? "",
          }}
        />
      </div>
    </ClientMessages>
  );
}
