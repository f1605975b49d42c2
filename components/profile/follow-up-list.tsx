import { Plus } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { FollowUpCard } from "@/components/follow-ups/follow-up-card";
import { FollowUpHistory } from "@/components/follow-ups/follow-up-history";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { FollowUpEventRow } from "@/lib/follow-ups/list-follow-up-events";
import type { OpenFollowUp } from "@/lib/follow-ups/list-open-follow-ups";

type FollowUpListProps = {
  memberId: string;
  followUps: OpenFollowUp[];
  hasMore: boolean;
  events: FollowUpEventRow[];
  /** The manager's calendar date, YYYY-MM-DD. */
  today: string;
};

/** What the manager still owes the report, soonest due first, with one-tap steps and the history of changes. */
export async function FollowUpList({ memberId, followUps, hasMore, events, today }: FollowUpListProps) {
  const t = await getTranslations("followUps");
  const member = encodeURIComponent(memberId);

  return (
    <Card aria-labelledby="follow-ups-title" className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="follow-ups-title" className="text-lg font-semibold">
          {t("profileTitle")}
        </h2>
        <Button asChild size="sm" variant="secondary">
          <Link href={`/follow-ups/new?member=${member}`}>
            <Plus aria-hidden="true" className="size-4" />
            {t("add")}
          </Link>
        </Button>
      </div>
      {followUps.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t("profileEmpty")}</p>
      ) : (
        <div className="divide-y divide-border">
          {followUps.map((followUp) => (
            <FollowUpCard key={followUp.id} followUp={followUp} today={today} showMember={false} />
          ))}
        </div>
      )}
      {hasMore && <p className="text-sm text-muted-foreground">{t("profileMore", { count: followUps.length })}</p>}
      <p className="text-sm">
        <Link href={`/follow-ups?member=${member}`} className="font-medium underline-offset-2 hover:underline">
          {t("seeAll")}
        </Link>
      </p>
      <FollowUpHistory events={events} />
    </Card>
  );
}
