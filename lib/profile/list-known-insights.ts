import "server-only";
import { withOpenText } from "@/lib/crypto/note-cipher";
import { db } from "@/lib/db";
import type { Depth } from "@/lib/generated/prisma/enums";
import { DEPTHS } from "@/lib/insights/topics";
import type { Actor } from "@/lib/members/actor";
import { visibleInsightsSql } from "@/lib/profile/visible-notes";

/** Insights shown per depth until the manager asks for all of them. */
export const INSIGHTS_PER_DEPTH = 6;
/** "Show all" still stops somewhere: years of notes at one depth rarely come near it. */
export const ALL_INSIGHTS_LIMIT = 300;

export type KnownInsight = {
  id: string;
  depth: Depth;
  topic: string;
  text: string;
  version: number;
  /** When it was learned: the conversation's date, or when it was written down. */
  learnedAt: Date;
};

export type TopicGroup = { topic: string; insights: KnownInsight[] };
export type KnownAtDepth = { depth: Depth; topics: TopicGroup[]; shown: number; hasMore: boolean };

/**
 * "What I know": per depth, the newest insights grouped by topic (topics ordered by their
 * newest insight). Each depth loads at most `INSIGHTS_PER_DEPTH`, or `ALL_INSIGHTS_LIMIT` for
 * the one depth the manager expanded.
 */
export async function listKnownInsights(
  actor: Actor,
  memberId: string,
  { expandedDepth = null }: { expandedDepth?: Depth | null } = {},
): Promise<KnownAtDepth[]> {
  // One statement: per depth, the newest rows by the (…, memberId, depth, createdAt) index, and
  // one more than shown to tell whether there are more.
  const rows = await db.$queryRaw<(KnownInsight & { rank: number })[]>`
    SELECT newest.*
    FROM unnest(${[...DEPTHS]}::text[]) AS d("depth")
    CROSS JOIN LATERAL (
      SELECT i."id", i."depth"::text AS "depth", i."topic", i."text", i."version",
        COALESCE(c."occurredAt", i."createdAt") AS "learnedAt",
        row_number() OVER (ORDER BY i."createdAt" DESC, i."id" DESC)::int AS "rank"
      FROM "Insight" i
      LEFT JOIN "Conversation" c ON c."id" = i."conversationId" AND c."workspaceId" = i."workspaceId"
      WHERE ${visibleInsightsSql("i", actor, memberId)} AND i."depth" = d."depth"::"Depth"
      ORDER BY i."createdAt" DESC, i."id" DESC
      LIMIT CASE WHEN d."depth" = ${expandedDepth} THEN ${ALL_INSIGHTS_LIMIT + 1}::int ELSE ${INSIGHTS_PER_DEPTH + 1}::int END
    ) newest`;
  return DEPTHS.map((depth) => {
    const limit = depth === expandedDepth ? ALL_INSIGHTS_LIMIT : INSIGHTS_PER_DEPTH;
    const atDepth = rows.filter((row) => row.depth === depth).sort((a, b) => a.rank - b.rank);
    const insights = atDepth
      .slice(0, limit)
      .map(({ id, topic, text, version, learnedAt }) => withOpenText("Insight.text", { id, depth, topic, text, version, learnedAt }));
    return { depth, topics: groupByTopic(insights), shown: insights.length, hasMore: atDepth.length > limit };
  });
}

function groupByTopic(insights: KnownInsight[]): TopicGroup[] {
  const groups = new Map<string, KnownInsight[]>();
  for (const insight of insights) groups.set(insight.topic, [...(groups.get(insight.topic) ?? []), insight]);
  return [...groups].map(([topic, grouped]) => ({ topic, insights: grouped }));
}
