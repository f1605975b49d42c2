import "server-only";
import { db } from "@/lib/db";
import type { Depth } from "@/lib/generated/prisma/enums";
import { DEPTHS } from "@/lib/insights/topics";
import type { Actor } from "@/lib/members/actor";
import { visibleConversations } from "@/lib/profile/visible-notes";

/** The chart covers the last year, and at most this many conversations of it. */
export const CHART_MONTHS = 12;
export const CHART_MAX_CONVERSATIONS = 60;

export type OpennessPoint = {
  id: string;
  occurredAt: Date;
  openness: number;
  /** The deepest depth of what was learned, or null when nothing was written down. */
  deepestDepth: Depth | null;
  pulledBackAt: Depth | null;
};

/** Openness over the last year, oldest first, with the deepest depth reached each time. */
export async function getOpennessHistory(actor: Actor, memberId: string, now = new Date()): Promise<OpennessPoint[]> {
  const since = new Date(now);
  since.setUTCMonth(since.getUTCMonth() - CHART_MONTHS);
  const rows = await db.conversation.findMany({
    where: { ...visibleConversations(actor, memberId), occurredAt: { gte: since } },
    orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
    take: CHART_MAX_CONVERSATIONS,
    select: {
      id: true,
      occurredAt: true,
      openness: true,
      pulledBackAt: true,
      // One row per depth at most: all the chart needs to know.
      insights: { where: { deletedAt: null }, distinct: ["depth"], select: { depth: true } },
    },
  });
  return rows.reverse().map(({ insights, ...conversation }) => ({
    ...conversation,
    deepestDepth: deepest(insights.map((insight) => insight.depth)),
  }));
}

function deepest(depths: Depth[]): Depth | null {
  return [...DEPTHS].reverse().find((depth) => depths.includes(depth)) ?? null;
}
