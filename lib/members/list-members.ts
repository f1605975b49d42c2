import "server-only";
import { db } from "@/lib/db";
import type { Depth } from "@/lib/generated/prisma/enums";
import { DEPTHS } from "@/lib/insights/topics";
import { type Actor, ownNotes, ownReports } from "@/lib/members/actor";

export const TEAM_PAGE_SIZE = 50;
/** How many recent conversations the openness trend on the team page shows. */
export const OPENNESS_TREND_LENGTH = 5;

/**
 * One page of the actor's reports (active, or archived ones), by name, each with what the
 * team page shows: last conversation, deepest depth shared, recent openness, open follow-ups.
 */
export async function listMembers(actor: Actor, { cursor, archived = false }: { cursor?: string; archived?: boolean } = {}) {
  const rows = await db.teamMember.findMany({
    where: { ...ownReports(actor), archivedAt: archived ? { not: null } : null },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: TEAM_PAGE_SIZE + 1,
    ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    select: {
      id: true,
      name: true,
      jobTitle: true,
      team: true,
      cadenceDays: true,
      archivedAt: true,
      conversations: {
        where: ownNotes(actor),
        orderBy: { occurredAt: "desc" },
        take: OPENNESS_TREND_LENGTH,
        select: { occurredAt: true, openness: true },
      },
    },
  });
  const page = rows.slice(0, TEAM_PAGE_SIZE);
  const ids = page.map((member) => member.id);
  const [depths, followUps] = await Promise.all([
    db.insight.groupBy({ by: ["memberId", "depth"], where: { ...ownNotes(actor), memberId: { in: ids } } }),
    db.followUp.groupBy({
      by: ["memberId"],
      where: { ...ownReports(actor), memberId: { in: ids }, status: { in: ["OPEN", "IN_PROGRESS"] } },
      _count: { _all: true },
    }),
  ]);

  const members = page.map(({ conversations, ...member }) => ({
    ...member,
    lastConversationAt: conversations[0]?.occurredAt ?? null,
    recentOpenness: conversations.map((conversation) => conversation.openness).reverse(),
    deepestDepth: deepest(depths.filter((row) => row.memberId === member.id).map((row) => row.depth)),
    openFollowUps: followUps.find((row) => row.memberId === member.id)?._count._all ?? 0,
  }));
  return { members, nextCursor: rows.length > TEAM_PAGE_SIZE ? (page.at(-1)?.id ?? null) : null };
}

function deepest(depths: Depth[]): Depth | null {
  return [...DEPTHS].reverse().find((depth) => depths.includes(depth)) ?? null;
}

/** How many archived reports the actor has, for the "show archived" switch. */
export function countArchivedMembers(actor: Actor) {
  return db.teamMember.count({ where: { ...ownReports(actor), archivedAt: { not: null } } });
}
