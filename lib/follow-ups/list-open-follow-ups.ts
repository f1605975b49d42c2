import "server-only";
import { db } from "@/lib/db";
import { countMilestones, followUpCardSelect, toFollowUpCard } from "@/lib/follow-ups/follow-up-card-data";
import { visibleFollowUps } from "@/lib/follow-ups/follow-up-scope";
import type { Actor } from "@/lib/members/actor";

/** The profile lists this many open follow-ups, soonest due first. */
export const OPEN_FOLLOW_UPS_LIMIT = 20;

/**
 * What the actor still owes a report: follow-ups that are open or in progress, soonest due
 * first (no due date last), each with its milestones and how many of them are done.
 */
export async function listOpenFollowUps(actor: Actor, memberId: string) {
  const rows = await db.followUp.findMany({
    where: { ...visibleFollowUps(actor, memberId), status: { in: ["OPEN", "IN_PROGRESS"] } },
    orderBy: [{ dueDate: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }, { id: "asc" }],
    take: OPEN_FOLLOW_UPS_LIMIT + 1,
    select: followUpCardSelect,
  });
  const followUps = rows.slice(0, OPEN_FOLLOW_UPS_LIMIT);
  // Counted, not loaded: only the first milestones are shown, but the count covers all.
  const counts = await countMilestones(actor.workspaceId, followUps.map((followUp) => followUp.id));
  return {
    followUps: followUps.map((row) => toFollowUpCard(row, counts)),
    hasMore: rows.length > OPEN_FOLLOW_UPS_LIMIT,
  };
}

export type OpenFollowUp = Awaited<ReturnType<typeof listOpenFollowUps>>["followUps"][number];
