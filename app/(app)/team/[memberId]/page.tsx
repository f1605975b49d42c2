import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTimeZone, getTranslations } from "next-intl/server";
import { cache } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ConversationTimeline } from "@/components/profile/conversation-timeline";
import { CoverageSection } from "@/components/profile/coverage-section";
import { FollowUpList } from "@/components/profile/follow-up-list";
import { MissionSection } from "@/components/profile/mission-section";
import { NextPlanNote } from "@/components/plans/next-plan-note";
import { OpennessChart } from "@/components/profile/openness-chart";
import { ProfileHeader } from "@/components/profile/profile-header";
import { parseProfileView } from "@/components/profile/profile-view";
import { RecentlyDeleted } from "@/components/profile/recently-deleted";
import { UndoToastProvider } from "@/components/profile/undo-toast";
import { WhatIKnow } from "@/components/profile/what-i-know";
import { requireUser } from "@/lib/auth/guards";
import { listConversations } from "@/lib/conversations/list-conversations";
import { loadTrustHistory } from "@/lib/conversations/load-trust-histories";
import { calendarDate } from "@/lib/conversations/schemas";
import { listFollowUpEvents } from "@/lib/follow-ups/list-follow-up-events";
import { listOpenFollowUps } from "@/lib/follow-ups/list-open-follow-ups";
import { getMemberProfile } from "@/lib/members/get-member-profile";
import { getMission } from "@/lib/missions/get-mission";
import { getCoverage } from "@/lib/profile/get-coverage";
import { getOpennessHistory } from "@/lib/profile/get-openness-history";
import { listKnownInsights } from "@/lib/profile/list-known-insights";
import { listRecentlyDeleted } from "@/lib/profile/list-recently-deleted";
import { engineNow, todayIn } from "@/lib/team/cadence";
import { trustTrend } from "@/lib/trust/trend";

type Props = {
  params: Promise<{ memberId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// The title and the page need the same report: read it once per request.
const loadProfile = cache(async (memberId: string) => getMemberProfile(await requireUser(), memberId));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const member = await loadProfile((await params).memberId);
  return { title: member?.name ?? (await getTranslations("common"))("notFoundTitle") };
}

/** A report's profile: what the manager knows, what is still unknown, and how the relationship has gone. */
export default async function MemberProfilePage({ params, searchParams }: Props) {
  const member = await loadProfile((await params).memberId);
  if (!member) notFound();
  const [actor, view] = await Promise.all([requireUser(), searchParams.then(parseProfileView)]);
  const now = new Date();
  // Everything at once: the trust history too, so no query waits for another (issue #7).
  const [coverage, known, timeline, openness, followUps, followUpEvents, mission, trash, history, timeZone] = await Promise.all([
    getCoverage(actor, member.id),
    listKnownInsights(actor, member.id, { expandedDepth: view.all }),
    listConversations(actor, member.id, { page: view.page }),
    getOpennessHistory(actor, member.id, now),
    listOpenFollowUps(actor, member.id),
    listFollowUpEvents(actor, member.id),
    getMission(actor, member.id, { viewVersion: view.mission }),
    listRecentlyDeleted(actor, member.id, now),
    loadTrustHistory(actor, member.id),
    getTimeZone(),
  ]);
  const trend = trustTrend(history, engineNow(todayIn(timeZone, now), now));

  return (
    <ClientMessages namespaces={["depth", "errors", "followUps", "insightEditor", "mission", "topics", "trash"]}>
      <UndoToastProvider>
        <div className="space-y-6 pb-16">
          <ProfileHeader member={member} now={now} trend={trend} />
          <NextPlanNote actor={actor} memberId={member.id} />
          <div className="grid items-start gap-6 md:grid-cols-2">
            <CoverageSection coverage={coverage} />
            <OpennessChart points={openness} />
          </div>
          <WhatIKnow memberId={member.id} view={view} known={known} coverage={coverage} />
          <div className="grid items-start gap-6 md:grid-cols-2">
            <MissionSection memberId={member.id} view={view} mission={mission} />
            <FollowUpList
              memberId={member.id}
              followUps={followUps.followUps}
              hasMore={followUps.hasMore}
              events={followUpEvents}
              today={calendarDate(actor.timeZone, now)}
            />
          </div>
          <ConversationTimeline memberId={member.id} view={view} timeline={timeline} />
          <RecentlyDeleted trash={trash} />
        </div>
      </UndoToastProvider>
    </ClientMessages>
  );
}
