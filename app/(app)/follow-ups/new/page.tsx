import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { FollowUpForm } from "@/components/follow-ups/follow-up-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/guards";
import { findConversationDate, listReportChoices } from "@/lib/follow-ups/list-report-choices";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (value: string | string[] | undefined) => (typeof value === "string" && value.length <= 64 ? value : null);

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("followUps"))("newTitle") };
}

/** A new follow-up, for any report, or for one (from their profile or one of their conversations). */
export default async function NewFollowUpPage({ searchParams }: Props) {
  const [actor, params, locale] = await Promise.all([requireUser(), searchParams, getLocale()]);
  const [t, format, reports] = await Promise.all([getTranslations("followUps"), getFormatter(), listReportChoices(actor, locale)]);
  const memberId = one(params.member);
  const member = memberId ? reports.find((report) => report.id === memberId) : null;
  if (memberId && !member) notFound();
  const conversationId = member ? one(params.conversation) : null;
  const conversationDate = conversationId && member ? await findConversationDate(actor, conversationId, member.id) : null;
  if (conversationId && !conversationDate) notFound();
  const returnTo = member ? `/team/${encodeURIComponent(member.id)}` : "/follow-ups";

  return (
    <ClientMessages namespaces={["errors", "followUps"]}>
      <div className="mx-auto max-w-2xl space-y-6">
        <div className="space-y-1">
          <h1 className="text-2xl font-semibold">{member ? t("addFor", { name: member.name }) : t("newTitle")}</h1>
          {conversationDate && (
            <p className="text-sm text-muted-foreground">{t("form.fromConversation", { date: format.dateTime(conversationDate, { dateStyle: "medium" }) })}</p>
          )}
        </div>
        <Card>
          {reports.length === 0 ? (
            <p className="text-sm text-muted-foreground">{t("form.noReports")}</p>
          ) : (
            <FollowUpForm reports={reports} memberId={member?.id ?? null} conversationId={conversationId} returnTo={returnTo} />
          )}
        </Card>
      </div>
    </ClientMessages>
  );
}
