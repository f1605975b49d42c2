import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/members/actor";
import type { ConversationRecord, Depth } from "@/lib/trust/suggest";

type HistoryRow = {
  memberId: string;
  occurredAt: Date;
  openness: number;
  volunteered: boolean;
  pulledBackAt: Depth | null;
  depthsShared: Depth[];
};

/**
 * The conversation history the trust engine reads, for several of the actor's reports at once
 * (one query): only the actor's own, undeleted conversations with reports the actor manages
 * (`visibleConversations` in lib/profile/visible-notes.ts) and the depths of their undeleted
 * insights. Reports the actor may not see simply get an empty history.
 *
 * The distinct depths of each conversation are gathered in Postgres (at most three per
 * conversation, through the insight index on `conversationId`) instead of reading every insight
 * row: with the largest bench history (600 conversations, 3,000 insights; issue #7) this is
 * what kept the team, profile and plan pages far above their floors. Raw SQL because Prisma's
 * `distinct` on a relation reads every row and de-duplicates in the client.
 */
export async function loadTrustHistories(
  actor: Actor,
  memberIds: readonly string[],
): Promise<Map<string, ConversationRecord[]>> {
  const histories = new Map<string, ConversationRecord[]>(memberIds.map((id) => [id, []]));
  if (memberIds.length === 0) return histories;
  const { workspaceId, userId } = actor;
  const rows = await db.$queryRaw<HistoryRow[]>`
    SELECT c."memberId", c."occurredAt", c."openness", c."volunteered", c."pulledBackAt"::text AS "pulledBackAt",
      ARRAY(
        SELECT DISTINCT i."depth"::text FROM "Insight" i
        WHERE i."conversationId" = c."id" AND i."workspaceId" = c."workspaceId" AND i."deletedAt" IS NULL
      ) AS "depthsShared"
    FROM "Conversation" c
    JOIN "TeamMember" m ON m."id" = c."memberId" AND m."workspaceId" = c."workspaceId"
    WHERE c."workspaceId" = ${workspaceId} AND c."managerId" = ${userId} AND c."deletedAt" IS NULL
      AND c."memberId" = ANY(${[...memberIds]}::text[])
      AND m."managerId" = ${userId}
    ORDER BY c."occurredAt", c."id"`;
  for (const row of rows) {
    histories.get(row.memberId)?.push({
      occurredAt: row.occurredAt,
      openness: clampOpenness(row.openness),
      volunteered: row.volunteered,
      pulledBackAt: row.pulledBackAt,
      depthsShared: row.depthsShared,
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
