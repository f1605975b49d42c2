import "server-only";
import { db } from "@/lib/db";
import type { Depth } from "@/lib/generated/prisma/enums";
import { DEPTHS, TOPICS_BY_DEPTH, type TopicKey } from "@/lib/insights/topics";
import type { Actor } from "@/lib/members/actor";
import { visibleInsightsSql } from "@/lib/profile/visible-notes";

export type DepthCoverage = {
  depth: Depth;
  /** Every insight at this depth. */
  insightCount: number;
  /** Topics of the depth's list with at least one insight, in the list's order. */
  knownTopics: TopicKey[];
  /** Topics of the depth's list with no insight yet: what the manager does not know. */
  unknownTopics: TopicKey[];
  /** The manager's own topics at this depth, by name. */
  ownTopics: string[];
};

/**
 * For each depth, which of its topics the actor knows something about and which are still
 * unknown. One grouped query: its size is the number of distinct topics, not of insights.
 */
export async function getCoverage(actor: Actor, memberId: string): Promise<DepthCoverage[]> {
  const groups = await db.$queryRaw<{ depth: Depth; topic: string; count: number }[]>`
    SELECT i."depth"::text AS "depth", i."topic", count(*)::int AS "count"
    FROM "Insight" i
    WHERE ${visibleInsightsSql("i", actor, memberId)}
    GROUP BY i."depth", i."topic"`;
  return DEPTHS.map((depth) => {
    const atDepth = groups.filter((group) => group.depth === depth);
    const topics = new Set(atDepth.map((group) => group.topic));
    const listed: readonly TopicKey[] = TOPICS_BY_DEPTH[depth];
    return {
      depth,
      insightCount: atDepth.reduce((sum, group) => sum + group.count, 0),
      knownTopics: listed.filter((topic) => topics.has(topic)),
      unknownTopics: listed.filter((topic) => !topics.has(topic)),
      ownTopics: [...topics].filter((topic) => !(listed as readonly string[]).includes(topic)).sort(),
    };
  });
}
