import "server-only";
import { db } from "@/lib/db";
import { openEventText, openFollowUpText } from "@/lib/follow-ups/follow-up-text";
import { visibleFollowUps } from "@/lib/follow-ups/follow-up-scope";
import type { Actor } from "@/lib/members/actor";

export const FOLLOW_UP_EVENTS_LIMIT = 30;

/** The history of the actor's follow-ups with a report, newest first: what changed and when. */
export async function listFollowUpEvents(actor: Actor, memberId: string) {
  const events = await db.followUpEvent.findMany({
    where: { workspaceId: actor.workspaceId, managerId: actor.userId, followUp: visibleFollowUps(actor, memberId) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: FOLLOW_UP_EVENTS_LIMIT,
    select: {
      id: true,
      kind: true,
      status: true,
      milestoneTitle: true,
      reason: true,
      createdAt: true,
      followUp: { select: { id: true, request: true } },
    },
  });
  return events.map((event) => ({ ...openEventText(event), followUp: openFollowUpText(event.followUp) }));
}

export type FollowUpEventRow = Awaited<ReturnType<typeof listFollowUpEvents>>[number];
