import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LogConversation } from "@/components/conversations/log-conversation";
import { requireUser } from "@/lib/auth/guards";
import { calendarDate } from "@/lib/conversations/schemas";
import { getMemberName } from "@/lib/members/get-member-name";

type Props = { params: Promise<{ memberId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("log"))("title") };
}

export default async function LogConversationPage({ params }: Props) {
  const user = await requireUser();
  const member = await getMemberName(user, (await params).memberId);
  if (!member || member.archivedAt) notFound();
  const t = await getTranslations("log");

  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <Link href={`/team/${member.id}`} className="text-sm font-medium text-primary underline-offset-4 hover:underline">
        ← {member.name}
      </Link>
      <h1 className="text-2xl font-semibold">{t("heading", { name: member.name })}</h1>
      <LogConversation memberId={member.id} draftOwner={user.userId} today={calendarDate(user.timeZone)} />
    </div>
  );
}
