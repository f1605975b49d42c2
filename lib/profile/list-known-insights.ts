import "server-only";
import { withOpenText } from "@/lib/crypto/note-cipher";
import { db } from "@/lib/db";
import type { Depth } from "@/lib/generated/prisma/enums";
import { DEPTHS } from "@/lib/insights/topics";
import type { Actor } from "@/lib/members/actor";
import { visibleInsights } from "@/lib/profile/visible-notes";

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
  return Promise.all(
    DEPTHS.map(async (depth) => {
      const limit = depth === expandedDepth ? ALL_INSIGHTS_LIMIT : INSIGHTS_PER_DEPTH;
      const rows = await db.insight.findMany({
        where: { ...visibleInsights(actor, memberId), depth },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: limit + 1,
        select: {
          id: true,
          depth: true,
          topic: true,
          text: true,
          version: true,
          createdAt: true,
          conversation: { select: { occurredAt: true } },
        },
      });
      const insights = rows.slice(0, limit).map(({ createdAt, conversation, ...insight }) => ({
        ...withOpenText("Insight.text", insight),
        learnedAt: conversation?.occurredAt ?? createdAt,
      }));
      return { depth, topics: groupByTopic(insights), shown: insights.length, hasMore: rows.length > limit };
    }),
  );
}

function groupByTopic(insights: KnownInsight[]): TopicGroup[] {
  const groups = new Map<string, KnownInsight[]>();
  for (const insight of insights) groups.set(insight.topic, [...(groups.get(insight.topic) ?? []), insight]);
  return [...groups].map(([topic, grouped]) => ({ topic, insights: grouped }));
}
