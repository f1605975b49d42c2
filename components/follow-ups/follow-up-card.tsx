import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { MilestoneToggle } from "@/components/follow-ups/milestone-toggle";
import { StatusControls } from "@/components/follow-ups/status-controls";
import { cn } from "@/components/ui/cn";
import { dueDay } from "@/lib/follow-ups/due-sections";
import type { FollowUpCardData } from "@/lib/follow-ups/follow-up-card-data";

type Props = {
  followUp: FollowUpCardData;
  /** The manager's calendar date, YYYY-MM-DD, to say what is overdue. */
  today: string;
  /** On the follow-ups page each card names its report; on the profile it need not. */
  showMember: boolean;
};

const STATUS_TONE = {
  OPEN: "bg-muted",
  IN_PROGRESS: "bg-accent",
  DONE: "bg-accent",
  DROPPED: "bg-muted text-muted-foreground",
} as const;

/** One follow-up: what was asked, the manager's part, due date, milestones and next steps. */
export async function FollowUpCard({ followUp, today, showMember }: Props) {
  const [t, format] = await Promise.all([getTranslations("followUps"), getFormatter()]);
  // Due dates are calendar dates stored at midnight UTC: read and compare them as such.
  const date = (value: Date) => format.dateTime(value, { dateStyle: "medium", timeZone: "UTC" });
  const closed = followUp.status === "DONE" || followUp.status === "DROPPED";
  const overdue = !closed && followUp.dueDate !== null && dueDay(followUp.dueDate) < today;
  const titleId = `follow-up-${followUp.id}`;

  return (
    <article aria-labelledby={titleId} className="space-y-3 py-4 first:pt-0 last:pb-0">
      <div className="space-y-1">
        {showMember && (
          <p className="text-sm font-medium">
            <Link href={`/team/${encodeURIComponent(followUp.memberId)}`} className="underline-offset-2 hover:underline">
              {followUp.memberName}
            </Link>
          </p>
        )}
        <h3 id={titleId} className="font-semibold break-words">
          {followUp.request}
        </h3>
        {followUp.action && <p className="text-sm break-words text-muted-foreground">{t("youWill", { action: followUp.action })}</p>}
        <p className="flex flex-wrap gap-x-3 gap-y-1 text-xs font-medium">
          <span className={cn("rounded-full px-2 py-0.5", STATUS_TONE[followUp.status])}>{t(`status.${followUp.status}`)}</span>
          {followUp.status === "DONE" && followUp.completedAt ? (
            <span className="py-0.5 text-muted-foreground">{t("completed", { date: format.dateTime(followUp.completedAt, { dateStyle: "medium" }) })}</span>
          ) : (
            <span className={overdue ? "py-0.5 text-danger" : "py-0.5 text-muted-foreground"}>
              {followUp.dueDate ? t(overdue ? "overdue" : "due", { date: date(followUp.dueDate) }) : t("noDueDate")}
            </span>
          )}
          {followUp.milestonesTotal > 0 && (
            <span className="py-0.5 text-muted-foreground">
              {t("milestones", { done: followUp.milestonesDone, total: followUp.milestonesTotal })}
            </span>
          )}
        </p>
        {followUp.status === "DROPPED" && followUp.dropReason && (
          <p className="text-sm break-words text-muted-foreground">{t("dropReason", { reason: followUp.dropReason })}</p>
        )}
      </div>
      {followUp.milestones.length > 0 && (
        <ul aria-label={t("milestonesTitle")} className="space-y-1.5">
          {followUp.milestones.map((milestone) => (
            <li key={milestone.id} className="flex flex-wrap items-center gap-x-3 gap-y-1">
              <MilestoneToggle milestoneId={milestone.id} title={milestone.title} done={milestone.doneAt !== null} disabled={closed} />
              <span className={cn("min-w-0 flex-1 text-sm break-words", milestone.doneAt && "text-muted-foreground line-through")}>
                {milestone.title}
                {milestone.dueDate && (
                  <span className="ml-2 text-xs text-muted-foreground no-underline">{t("milestoneDue", { date: date(milestone.dueDate) })}</span>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
      <StatusControls followUpId={followUp.id} status={followUp.status} memberName={followUp.memberName} describedBy={titleId} />
    </article>
  );
}
