import "server-only";
import { db } from "@/lib/db";
import { type Actor, ownReports } from "@/lib/members/actor";

/** The profile lists this many open follow-ups, soonest due first. */
export const OPEN_FOLLOW_UPS_LIMIT = 20;

/**
 * What the actor still owes a report: follow-ups that are open or in progress, soonest due
 * first (no due date last), each with how many of its milestones are done.
 */
export async function listOpenFollowUps(actor: Actor, memberId: string) {
  const rows = await db.followUp.findMany({
    where: { memberId, ...ownReports(actor), member: ownReports(actor), status: { in: ["OPEN", "IN_PROGRESS"] } },
    orderBy: [{ dueDate: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }, { id: "asc" }],
    take: OPEN_FOLLOW_UPS_LIMIT + 1,
    select: {
      id: true,
      request: true,
      action: true,
      dueDate: true,
      status: true,
      _count: { select: { milestones: true } },
    },
  });
  const followUps = rows.slice(0, OPEN_FOLLOW_UPS_LIMIT);
  // Counted, not loaded: a follow-up may collect many milestones over the years.
  const done = await db.milestone.groupBy({
    by: ["followUpId"],
    where: { workspaceId: actor.workspaceId, followUpId: { in: followUps.map((followUp) => followUp.id) }, doneAt: { not: null } },
    _count: { _all: true },
  });
  const doneByFollowUp = new Map(done.map((group) => [group.followUpId, group._count._all]));
  return {
    followUps: followUps.map(({ _count, ...followUp }) => ({
      ...followUp,
      milestonesTotal: _count.milestones,
      milestonesDone: doneByFollowUp.get(followUp.id) ?? 0,
    })),
    hasMore: rows.length > OPEN_FOLLOW_UPS_LIMIT,
  };
}

export type OpenFollowUp = Awaited<ReturnType<typeof listOpenFollowUps>>["followUps"][number];
