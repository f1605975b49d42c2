import { ArrowLeft, MessageSquarePlus } from "lucide-react";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { TrustTrend } from "@/components/trust/trust-trend";
import { Button } from "@/components/ui/button";
import type { MemberProfile } from "@/lib/members/get-member-profile";
import { tenureOf } from "@/lib/profile/tenure";
import type { TrustTrend as Trend } from "@/lib/trust/trend";

/** Who the report is: name, role, team, how long they have been with the company. */
export async function ProfileHeader({ member, now, trend }: { member: MemberProfile; now: Date; trend?: Trend }) {
  const [t, tProfile, tPlan, format] = await Promise.all([
    getTranslations("profilePage"),
    getTranslations("profile"),
    getTranslations("plan"),
    getFormatter(),
  ]);
  const tenure = member.startDate ? tenureOf(member.startDate, now) : null;
  const role = [member.jobTitle, member.team].filter(Boolean).join(" · ");

  return (
    <header className="space-y-4">
      <Link
        href="/team"
        className="inline-flex items-center gap-1 rounded text-sm font-medium text-primary underline-offset-4 hover:underline focus-visible:outline-2 focus-visible:outline-ring"
      >
        <ArrowLeft aria-hidden="true" className="size-4" />
        {tProfile("backToTeam")}
      </Link>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="min-w-0 space-y-1">
          <h1 className="flex flex-wrap items-center gap-x-3 gap-y-1 text-2xl font-semibold sm:text-3xl">
            <span className="min-w-0 break-words">{member.name}</span>
            {member.archivedAt && (
              <span className="rounded-full border border-border px-2 py-0.5 text-xs font-medium text-muted-foreground">
                {t("archived")}
              </span>
            )}
          </h1>
          {role && <p className="text-muted-foreground">{role}</p>}
          {member.startDate && tenure && (
            <p className="text-sm text-muted-foreground">
              {tProfile("tenure", {
                // A calendar date, stored at midnight UTC: read it in UTC so it never shifts a day.
                date: format.dateTime(member.startDate, { year: "numeric", month: "short", timeZone: "UTC" }),
              })}
              {" · "}
              {tenure.years > 0 ? t("tenureYears", { years: tenure.years }) : t("tenureMonths", { months: tenure.months })}
            </p>
          )}
          {trend && <TrustTrend trend={trend} showNote className="pt-1 text-sm" />}
        </div>
        <div className="flex flex-col gap-2 sm:flex-row">
          <Button asChild variant="secondary" className="w-full sm:w-auto">
            <Link href={`/team/${encodeURIComponent(member.id)}/edit`}>{t("editDetails")}</Link>
          </Button>
          {!member.archivedAt && (
            <Button asChild variant="secondary" className="w-full sm:w-auto">
              <Link href={`/team/${encodeURIComponent(member.id)}/plan`}>{tPlan("planLink")}</Link>
            </Button>
          )}
          {!member.archivedAt && (
            <Button asChild className="w-full sm:w-auto">
              <Link href={`/team/${encodeURIComponent(member.id)}/log`}>
                <MessageSquarePlus aria-hidden="true" className="size-4" />
                {t("logConversation")}
              </Link>
            </Button>
          )}
        </div>
      </div>
    </header>
  );
}
