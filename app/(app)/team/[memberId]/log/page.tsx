import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LogConversationForm } from "@/components/conversations/log-conversation-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { requireUser } from "@/lib/auth/guards";
import { calendarDate } from "@/lib/conversations/schemas";
import { getMemberName } from "@/lib/members/get-member-name";
import { getOpenPlan } from "@/lib/plans/list-plans";

type Props = {
  params: Promise<{ memberId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("log"))("title") };
}

export default async function LogConversationPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const member = await getMemberName(user, (await params).memberId);
  if (!member || member.archivedAt) notFound();
  // Logged from a plan: only the manager's own open plan for this report; any other id is ignored.
  const planId = (await searchParams).plan;
  const plan = typeof planId === "string" && planId.length <= 64 ? await getOpenPlan(user, member.id, planId) : null;
  const t = await getTranslations("log");

  return (
    <ClientMessages namespaces={["depth", "errors", "followUps", "log", "setting", "topics"]}>
      <div className="mx-auto max-w-2xl space-y-4">
        <Link href={`/team/${member.id}`} className="text-sm font-medium text-primary underline-offset-4 hover:underline">
          ← {member.name}
        </Link>
        <h1 className="text-2xl font-semibold">{t("heading", { name: member.name })}</h1>
        <LogConversationForm memberId={member.id} draftOwner={user.userId} today={calendarDate(user.timeZone)} plan={plan && { id: plan.id, intention: plan.intention }} />
      </div>
    </ClientMessages>
  );
}
