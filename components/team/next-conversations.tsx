import { CalendarClock, MessageSquarePlus } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { DepthBadge } from "@/components/insights/depth-badge";
import { DueText } from "@/components/team/due-text";
import { Card } from "@/components/ui/card";
import type { DueMember } from "@/lib/team/list-due-members";
import type { Depth } from "@/lib/trust/history";

type Props = {
  members: (DueMember & { suggestedDepth: Depth })[];
  total: number;
  /** Showing every due report (up to the maximum), rather than the top few. */
  expanded: boolean;
  previewLength: number;
};

const actionClass =
  "inline-flex min-h-11 items-center justify-center gap-1.5 rounded-lg border border-border px-3 text-sm font-medium hover:bg-muted focus-visible:outline-2 focus-visible:outline-ring";

/** Who to talk with next: the reports whose next conversation is due, most overdue first. */
export function NextConversations({ members, total, expanded, previewLength }: Props) {
  const t = useTranslations("nextUp");
  const tCadence = useTranslations("cadence");
  return (
    <Card aria-labelledby="next-up-title" className="space-y-4">
      <div className="space-y-1">
        <h2 id="next-up-title" className="flex items-center gap-2 text-lg font-semibold">
          <CalendarClock aria-hidden="true" className="size-5 text-primary" />
          {t("title")}
        </h2>
        <p className="max-w-prose text-sm text-muted-foreground">{members.length ? t("intro") : t("noneDue")}</p>
      </div>
      {members.length > 0 && (
        <ol className="divide-y divide-border">
          {members.map((member) => (
            <li key={member.id} className="flex flex-col gap-3 py-3 first:pt-0 last:pb-0 sm:flex-row sm:items-center sm:justify-between">
              <div className="min-w-0 space-y-1">
                <p className="font-semibold">
                  <Link
                    href={`/team/${encodeURIComponent(member.id)}`}
                    className="break-words rounded underline-offset-4 hover:underline focus-visible:outline-2 focus-visible:outline-ring"
                  >
                    {member.name}
                    {/* Heard as "name, 9 days overdue"; it also keeps this link apart from the same report's card below. */}
                    <span className="sr-only">
                      , <DueText status={member.status} />
                    </span>
                  </Link>
                </p>
                <p className="text-sm">
                  <span className="font-medium">
                    <DueText status={member.status} />
                  </span>
                  <span className="text-muted-foreground"> · {tCadence("every", { days: member.cadenceDays })}</span>
                  {member.openFollowUps > 0 && (
                    <span className="text-muted-foreground"> · {t("followUps", { count: member.openFollowUps })}</span>
                  )}
                </p>
                <p className="flex flex-wrap items-center gap-2 text-sm text-muted-foreground">
                  {t("suggestedDepth")}
                  <DepthBadge depth={member.suggestedDepth} />
                </p>
              </div>
              <div className="grid shrink-0 grid-cols-2 gap-2 sm:flex">
                <Link href={`/team/${encodeURIComponent(member.id)}/plan`} aria-label={t("planWith", { name: member.name })} className={actionClass}>
                  {t("plan")}
                </Link>
                <Link href={`/team/${encodeURIComponent(member.id)}/log`} aria-label={t("logWith", { name: member.name })} className={actionClass}>
                  <MessageSquarePlus aria-hidden="true" className="size-4" />
                  {t("log")}
                </Link>
              </div>
            </li>
          ))}
        </ol>
      )}
      {expanded && total > members.length && <p className="text-sm text-muted-foreground">{t("showingMost", { count: members.length })}</p>}
      {total > previewLength && (
        <Link
          href={expanded ? "/team" : "/team?due=all"}
          className="inline-flex min-h-11 items-center rounded text-sm font-medium text-primary underline-offset-4 hover:underline focus-visible:outline-2 focus-visible:outline-ring"
        >
          {expanded ? t("showFewer", { count: previewLength }) : t("showAll", { count: total })}
        </Link>
      )}
    </Card>
  );
}
