import "server-only";
import { db } from "@/lib/db";
import type { Depth } from "@/lib/generated/prisma/enums";
import { DEPTHS } from "@/lib/insights/topics";
import type { Actor } from "@/lib/members/actor";
import { visibleConversationsSql } from "@/lib/profile/visible-notes";

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
  // The distinct depths of each conversation (three at most) are all the chart needs to know.
  const rows = await db.$queryRaw<(Omit<OpennessPoint, "deepestDepth"> & { depths: Depth[] })[]>`
    SELECT c."id", c."occurredAt", c."openness", c."pulledBackAt"::text AS "pulledBackAt",
      ARRAY(
        SELECT DISTINCT i."depth"::text FROM "Insight" i
        WHERE i."conversationId" = c."id" AND i."workspaceId" = c."workspaceId" AND i."deletedAt" IS NULL
      ) AS "depths"
    FROM "Conversation" c
    WHERE ${visibleConversationsSql("c", actor, memberId)} AND c."occurredAt" >= ${since}::timestamp(3)
    ORDER BY c."occurredAt" DESC, c."id" DESC
    LIMIT ${CHART_MAX_CONVERSATIONS}`;
  return rows.reverse().map(({ depths, ...conversation }) => ({ ...conversation, deepestDepth: deepest(depths) }));
}

function deepest(depths: Depth[]): Depth | null {
  return [...DEPTHS].reverse().find((depth) => depths.includes(depth)) ?? null;
}
