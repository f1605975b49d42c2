import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/members/actor";
import { visibleConversations } from "@/lib/profile/visible-notes";
import type { ConversationRecord, Depth } from "@/lib/trust/suggest";

/**
 * The conversation history the trust engine reads, for several of the actor's reports at once
 * (one query): only the actor's own, undeleted conversations and the depths of their undeleted
 * insights. Reports the actor may not see simply get an empty history.
 */
export async function loadTrustHistories(
  actor: Actor,
  memberIds: readonly string[],
): Promise<Map<string, ConversationRecord[]>> {
  const histories = new Map<string, ConversationRecord[]>(memberIds.map((id) => [id, []]));
  if (memberIds.length === 0) return histories;
  const rows = await db.conversation.findMany({
    where: { ...visibleConversations(actor), memberId: { in: [...memberIds] } },
    orderBy: [{ occurredAt: "asc" }, { id: "asc" }],
    select: {
      memberId: true,
      occurredAt: true,
      openness: true,
      volunteered: true,
      pulledBackAt: true,
      // One row per depth at most: all the engine needs to know.
      insights: { where: { deletedAt: null }, distinct: ["depth"], select: { depth: true } },
    },
  });
  for (const row of rows) {
    histories.get(row.memberId)?.push({
      occurredAt: row.occurredAt,
      openness: clampOpenness(row.openness),
      volunteered: row.volunteered,
      pulledBackAt: row.pulledBackAt,
      depthsShared: row.insights.map((insight): Depth => insight.depth),
    });
  }
  return histories;
}

/** The trust history with one report. */
export async function loadTrustHistory(actor: Actor, memberId: string): Promise<ConversationRecord[]> {
  return (await loadTrustHistories(actor, [memberId])).get(memberId) ?? [];
}

// Openness is validated as 1–5 on every write; the clamp only narrows the type.
function clampOpenness(value: number): ConversationRecord["openness"] {
  return Math.min(Math.max(Math.round(value), 1), 5) as ConversationRecord["openness"];
}
