import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { DepthSuggestionCard } from "@/components/plans/depth-suggestion-card";
import { PlanForm } from "@/components/plans/plan-form";
import { PlanList } from "@/components/plans/plan-list";
import { QuestionsExhausted } from "@/components/plans/questions-exhausted";
import { requireUser } from "@/lib/auth/guards";
import { loadTrustHistory } from "@/lib/conversations/load-trust-histories";
import { calendarDate } from "@/lib/conversations/schemas";
import { getMemberName } from "@/lib/members/get-member-name";
import { listPlans } from "@/lib/plans/list-plans";
import { suggestQuestions } from "@/lib/plans/suggest-questions";
import { engineNow, todayIn } from "@/lib/team/cadence";
import { suggestNextDepth } from "@/lib/trust/suggest";

type Props = {
  params: Promise<{ memberId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("plan"))("title") };
}

/** `?set=` pages through the suggested questions: the same number always shows the same three. */
function parseSet(value: string | string[] | undefined): number {
  return typeof value === "string" && /^\d{1,4}$/.test(value) ? Number(value) : 0;
}

/** Planning the next conversation with a report: how deep, which questions, and why. */
export default async function PlanPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const member = await getMemberName(user, (await params).memberId);
  if (!member || member.archivedAt) notFound();
  const [locale, t, query] = await Promise.all([getLocale(), getTranslations("plan"), searchParams]);
  // Read at noon UTC today at the earliest, so a conversation logged for today counts at once.
  const now = new Date();
  const suggestion = suggestNextDepth(await loadTrustHistory(user, member.id), engineNow(todayIn(user.timeZone, now), now));
  const [questionSet, plans] = await Promise.all([
    suggestQuestions(user, member.id, { depth: suggestion.depth, locale, set: parseSet(query.set) }),
    listPlans(user, member.id, locale),
  ]);
  const base = `/team/${encodeURIComponent(member.id)}`;
  const othersHref = questionSet.sets > 1 ? `${base}/plan?set=${(questionSet.set + 1) % questionSet.sets}` : null;
  const today = calendarDate(user.timeZone);

  return (
    <ClientMessages namespaces={["errors", "plan", "setting", "topics"]}>
      <div className="space-y-6 pb-16">
        <div className="space-y-2">
          <Link href={base} className="text-sm font-medium text-primary underline-offset-4 hover:underline">
            ← {member.name}
          </Link>
          <h1 className="text-2xl font-semibold sm:text-3xl">{t("heading", { name: member.name })}</h1>
        </div>
        <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,24rem)]">
          <div className="min-w-0 space-y-6">
            <DepthSuggestionCard suggestion={suggestion} />
            <PlanForm
              memberId={member.id}
              depth={suggestion.depth}
              today={today}
              questions={questionSet.questions}
              othersHref={othersHref}
              setLabel={othersHref ? t("setOf", { set: questionSet.set + 1, sets: questionSet.sets }) : null}
              exhausted={<QuestionsExhausted depth={suggestion.depth} name={member.name} />}
            />
          </div>
          <PlanList memberId={member.id} open={plans.open} past={plans.past} today={today} />
        </div>
      </div>
    </ClientMessages>
  );
}
