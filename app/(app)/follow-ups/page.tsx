import { Plus } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { FollowUpSections } from "@/components/follow-ups/follow-up-sections";
import { ReportFilter } from "@/components/follow-ups/report-filter";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Button } from "@/components/ui/button";
import { requireUser } from "@/lib/auth/guards";
import { calendarDate } from "@/lib/conversations/schemas";
import { listFollowUps, OPEN_LIMIT } from "@/lib/follow-ups/list-follow-ups";
import { listReportChoices } from "@/lib/follow-ups/list-report-choices";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("followUps"))("title") };
}

/** Everything the manager owes their reports: overdue, due this week, later, and done. */
export default async function FollowUpsPage({ searchParams }: Props) {
  const [actor, params, locale, t] = await Promise.all([requireUser(), searchParams, getLocale(), getTranslations("followUps")]);
  const reports = await listReportChoices(actor, locale);
  const requested = typeof params.member === "string" ? params.member : null;
  // An unknown or foreign report id shows everything, as if no filter were set.
  const memberId = requested && reports.some((report) => report.id === requested) ? requested : null;
  const today = calendarDate(actor.timeZone);
  const sections = await listFollowUps(actor, { memberId, today });
  const empty = sections.overdue.length + sections.thisWeek.length + sections.later.length + sections.done.length === 0;
  const addHref = memberId ? `/follow-ups/new?member=${encodeURIComponent(memberId)}` : "/follow-ups/new";

  return (
    <ClientMessages namespaces={["errors", "followUps"]}>
      <div className="space-y-6">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div className="max-w-prose space-y-1">
            <h1 className="text-2xl font-semibold">{t("title")}</h1>
            <p className="text-sm text-muted-foreground">{t("lead")}</p>
          </div>
          {reports.length > 0 && (
            <Button asChild>
              <Link href={addHref}>
                <Plus aria-hidden="true" className="size-4" />
                {t("add")}
              </Link>
            </Button>
          )}
        </div>
        {reports.length > 0 && <ReportFilter reports={reports} memberId={memberId} />}
        {empty && memberId === null ? (
          <div className="max-w-prose space-y-2 rounded-xl border border-dashed border-border p-6">
            <h2 className="text-lg font-semibold">{t("emptyTitle")}</h2>
            <p className="text-sm text-muted-foreground">{t("emptyBody")}</p>
          </div>
        ) : (
          <>
            {sections.hasMore && <p className="text-sm text-muted-foreground">{t("more", { count: OPEN_LIMIT })}</p>}
            <FollowUpSections sections={sections} today={today} showMember={memberId === null} />
          </>
        )}
      </div>
    </ClientMessages>
  );
}
