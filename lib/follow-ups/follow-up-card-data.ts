import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

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
  _count: { select: { milestones: true } },
} satisfies Prisma.FollowUpSelect;

type Row = Prisma.FollowUpGetPayload<{ select: typeof followUpCardSelect }>;

export function toFollowUpCard({ _count, member, ...row }: Row, doneCount?: number) {
  return {
    ...row,
    memberName: member.name,
    milestonesTotal: _count.milestones,
    milestonesDone: doneCount ?? row.milestones.filter((milestone) => milestone.doneAt !== null).length,
  };
}

export type FollowUpCardData = ReturnType<typeof toFollowUpCard>;
