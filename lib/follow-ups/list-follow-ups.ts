import "server-only";
import { db } from "@/lib/db";
import { type DueSection, dueSection } from "@/lib/follow-ups/due-sections";
import { type FollowUpCardData, followUpCardSelect, loadCardMilestones, toFollowUpCard } from "@/lib/follow-ups/follow-up-card-data";
import { visibleFollowUps } from "@/lib/follow-ups/follow-up-scope";
import type { Actor } from "@/lib/members/actor";

/** The page shows at most this many open follow-ups, and this many finished ones. */
export const OPEN_LIMIT = 200;
export const CLOSED_LIMIT = 20;

export type FollowUpSections = Record<DueSection, FollowUpCardData[]> & { done: FollowUpCardData[]; hasMore: boolean };

/**
 * The follow-ups page: the actor's open follow-ups by due date (overdue, this week, later) and
 * the latest finished or dropped ones, for all their reports or one (`memberId`).
 */
export async function listFollowUps(actor: Actor, options: { memberId: string | null; today: string }): Promise<FollowUpSections> {
  const scope = visibleFollowUps(actor, options.memberId ?? undefined);
  const [open, closed] = await Promise.all([
    db.followUp.findMany({
      where: { ...scope, status: { in: ["OPEN", "IN_PROGRESS"] } },
      orderBy: [{ dueDate: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }, { id: "asc" }],
      take: OPEN_LIMIT + 1,
      select: followUpCardSelect,
    }),
    db.followUp.findMany({
      where: { ...scope, status: { in: ["DONE", "DROPPED"] } },
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      take: CLOSED_LIMIT,
      select: followUpCardSelect,
    }),
  ]);
  const shown = [...open.slice(0, OPEN_LIMIT), ...closed];
  const milestones = await loadCardMilestones(actor.workspaceId, shown.map((row) => row.id));
  const sections: FollowUpSections = { overdue: [], thisWeek: [], later: [], done: closed.map((row) => toFollowUpCard(row, milestones)), hasMore: open.length > OPEN_LIMIT };
  for (const row of open.slice(0, OPEN_LIMIT)) sections[dueSection(row.dueDate, options.today)].push(toFollowUpCard(row, milestones));
  return sections;
}
