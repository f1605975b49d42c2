import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { openFollowUpText, openMilestoneTitle } from "@/lib/follow-ups/follow-up-text";

/** A follow-up shows at most this many milestones; a longer plan is a sign to split it. */
export const MILESTONES_SHOWN = 30;

/** What a follow-up card shows: the request, the manager's part, its dates and milestones. */
export const followUpCardSelect = {
  id: true,
  memberId: true,
  request: true,
  action: true,
  dueDate: true,
  status: true,
  dropReason: true,
  completedAt: true,
  conversationId: true,
  member: { select: { name: true } },
  milestones: {
    orderBy: [{ position: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    take: MILESTONES_SHOWN,
    select: { id: true, title: true, dueDate: true, doneAt: true },
  },
} satisfies Prisma.FollowUpSelect;

type Row = Prisma.FollowUpGetPayload<{ select: typeof followUpCardSelect }>;

export type MilestoneCount = { total: number; done: number };

/**
 * How many milestones each follow-up has, and how many are done: counted in one query for the
 * follow-ups shown. Not Prisma's `_count`, which joins a count of every milestone in the table
 * (`GROUP BY` over all of them, then the join): 20 ms at bench scale, growing with all tenants'
 * data (issue #7).
 */
export async function countMilestones(workspaceId: string, followUpIds: readonly string[]): Promise<Map<string, MilestoneCount>> {
  if (followUpIds.length === 0) return new Map();
  const rows = await db.$queryRaw<({ followUpId: string } & MilestoneCount)[]>`
    SELECT "followUpId", count(*)::int AS "total", count("doneAt")::int AS "done"
    FROM "Milestone"
    WHERE "workspaceId" = ${workspaceId} AND "followUpId" = ANY(${[...followUpIds]}::text[])
    GROUP BY "followUpId"`;
  return new Map(rows.map(({ followUpId, ...count }) => [followUpId, count]));
}

export function toFollowUpCard({ member, ...row }: Row, counts: ReadonlyMap<string, MilestoneCount>) {
  const count = counts.get(row.id) ?? { total: 0, done: 0 };
  return {
    ...openFollowUpText(row),
    milestones: row.milestones.map(openMilestoneTitle),
    memberName: member.name,
    milestonesTotal: count.total,
    milestonesDone: count.done,
  };
}

export type FollowUpCardData = ReturnType<typeof toFollowUpCard>;
