import { getFormatter, getTimeZone, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { OpenFollowUp } from "@/lib/follow-ups/list-open-follow-ups";

/** Today as YYYY-MM-DD in a time zone, to compare with due dates (calendar dates). */
function calendarDate(timeZone: string, now: Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

type FollowUpListProps = { followUps: OpenFollowUp[]; hasMore: boolean; now: Date };

/** What the manager still owes the report, read-only here: soonest due first, overdue said in words. */
export async function FollowUpList({ followUps, hasMore, now }: FollowUpListProps) {
  const [t, format, timeZone] = await Promise.all([getTranslations("profilePage.followUps"), getFormatter(), getTimeZone()]);
  const today = calendarDate(timeZone, now);

  return (
    <Card aria-labelledby="follow-ups-title" className="space-y-3">
      <h2 id="follow-ups-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      {followUps.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t("empty")}</p>
      ) : (
        <ul className="divide-y divide-border">
          {followUps.map((followUp) => {
            // Due dates are calendar dates stored at midnight UTC: read and compare them as such.
            const due = followUp.dueDate ? format.dateTime(followUp.dueDate, { dateStyle: "medium", timeZone: "UTC" }) : null;
            const overdue = followUp.dueDate !== null && followUp.dueDate.toISOString().slice(0, 10) < today;
            return (
              <li key={followUp.id} className="space-y-1 py-3 first:pt-0 last:pb-0">
                <p className="break-words">{followUp.request}</p>
                {followUp.action && <p className="text-sm break-words text-muted-foreground">{followUp.action}</p>}
                <p className="flex flex-wrap gap-x-3 gap-y-1 text-xs font-medium">
                  <span className="rounded-full bg-muted px-2 py-0.5">{t(`status.${followUp.status}`)}</span>
                  <span className={overdue ? "py-0.5 text-danger" : "py-0.5 text-muted-foreground"}>
                    {due ? t(overdue ? "overdue" : "due", { date: due }) : t("noDueDate")}
                  </span>
                  <span className="py-0.5 text-muted-foreground">
                    {followUp.milestonesTotal === 0
                      ? t("noMilestones")
                      : t("milestones", { done: followUp.milestonesDone, total: followUp.milestonesTotal })}
                  </span>
                </p>
              </li>
            );
          })}
        </ul>
      )}
      {hasMore && <p className="text-sm text-muted-foreground">{t("more", { count: followUps.length })}</p>}
    </Card>
  );
}
