import "server-only";
import { db } from "@/lib/db";
import { type FollowUpCardRow, loadCardMilestones, toFollowUpCard } from "@/lib/follow-ups/follow-up-card-data";
import type { Actor } from "@/lib/members/actor";
import { writtenByActorAboutSql } from "@/lib/profile/visible-notes";

/** The profile lists this many open follow-ups, soonest due first. */
export const OPEN_FOLLOW_UPS_LIMIT = 20;

/**
 * What the actor still owes a report: follow-ups that are open or in progress, soonest due
 * first (no due date last), each with its milestones and how many of them are done. Visible as
 * `visibleFollowUps` (lib/follow-ups/follow-up-scope.ts) says; SQL like the profile's other reads.
 */
export async function listOpenFollowUps(actor: Actor, memberId: string) {
  const rows = await db.$queryRaw<(Omit<FollowUpCardRow, "member"> & { memberName: string })[]>`
    SELECT f."id", f."memberId", f."request", f."action", f."dueDate", f."status"::text AS "status", f."dropReason",
      f."completedAt", f."conversationId", m."name" AS "memberName"
    FROM "FollowUp" f
    JOIN "TeamMember" m ON m."id" = f."memberId" AND m."workspaceId" = f."workspaceId"
    WHERE ${writtenByActorAboutSql("f", actor, memberId)} AND f."status" IN ('OPEN', 'IN_PROGRESS')
    ORDER BY f."dueDate" ASC NULLS LAST, f."createdAt", f."id"
    LIMIT ${OPEN_FOLLOW_UPS_LIMIT + 1}`;
  const followUps = rows.slice(0, OPEN_FOLLOW_UPS_LIMIT).map(({ memberName, ...row }) => ({ ...row, member: { name: memberName } }));
  // Counted, not loaded: only the first milestones are shown, but the count covers all.
  const milestones = await loadCardMilestones(actor.workspaceId, followUps.map((followUp) => followUp.id));
  return {
    followUps: followUps.map((row) => toFollowUpCard(row, milestones)),
    hasMore: rows.length > OPEN_FOLLOW_UPS_LIMIT,
  };
}

export type OpenFollowUp = Awaited<ReturnType<typeof listOpenFollowUps>>["followUps"][number];
