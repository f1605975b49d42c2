import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { openFollowUpText, openMilestoneTitle } from "@/lib/follow-ups/follow-up-text";

/** A follow-up shows at most this many milestones; a longer plan is a sign to split it. */
export const MILESTONES_SHOWN = 30;

/** What a follow-up card shows: the request, the manager's part, its dates, the report's name. */
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
} satisfies Prisma.FollowUpSelect;

export type FollowUpCardRow = Prisma.FollowUpGetPayload<{ select: typeof followUpCardSelect }>;

type MilestoneRow = { followUpId: string; id: string; title: string; dueDate: Date | null; doneAt: Date | null; total: number; done: number };

export type CardMilestones = {
  shown: Omit<MilestoneRow, "followUpId" | "total" | "done">[];
  total: number;
  done: number;
};

/**
 * The milestones of the follow-ups shown, in one query: the first `MILESTONES_SHOWN` of each,
 * in order, and how many there are and how many are done. Not Prisma's `_count`, which joins a
 * count of every milestone in the table (`GROUP BY` over all of them, then the join): 20 ms at
 * bench scale, growing with all tenants' data (issue #7).
 */
export async function loadCardMilestones(workspaceId: string, followUpIds: readonly string[]): Promise<Map<string, CardMilestones>> {
  const byFollowUp = new Map<string, CardMilestones>(followUpIds.map((id) => [id, { shown: [], total: 0, done: 0 }]));
  if (followUpIds.length === 0) return byFollowUp;
  const rows = await db.$queryRaw<MilestoneRow[]>`
    SELECT "followUpId", "id", "title", "dueDate", "doneAt", "total", "done"
    FROM (
      SELECT m."followUpId", m."id", m."title", m."dueDate", m."doneAt",
        (count(*) OVER whole)::int AS "total", (count(m."doneAt") OVER whole)::int AS "done",
        row_number() OVER (PARTITION BY m."followUpId" ORDER BY m."position", m."createdAt", m."id") AS "place"
      FROM "Milestone" m
      WHERE m."workspaceId" = ${workspaceId} AND m."followUpId" = ANY(${[...followUpIds]}::text[])
      WINDOW whole AS (PARTITION BY m."followUpId")
    ) numbered
    WHERE "place" <= ${MILESTONES_SHOWN}
    ORDER BY "followUpId", "place"`;
  for (const { followUpId, total, done, ...milestone } of rows) {
    const entry = byFollowUp.get(followUpId);
    if (!entry) continue;
    entry.shown.push(milestone);
    entry.total = total;
    entry.done = done;
  }
  return byFollowUp;
}

export function toFollowUpCard({ member, ...row }: FollowUpCardRow, milestones: ReadonlyMap<string, CardMilestones>) {
  const { shown, total, done } = milestones.get(row.id) ?? { shown: [], total: 0, done: 0 };
  return {
    ...openFollowUpText(row),
    milestones: shown.map(openMilestoneTitle),
    memberName: member.name,
    milestonesTotal: total,
    milestonesDone: done,
  };
}

export type FollowUpCardData = ReturnType<typeof toFollowUpCard>;
