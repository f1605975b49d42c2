import "server-only";
import { withOpenText } from "@/lib/crypto/note-cipher";
import { db } from "@/lib/db";
import type { ConversationSetting, Depth } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/members/actor";
import { restorableSince } from "@/lib/profile/trash-retention";
import { writtenByActorAboutSql } from "@/lib/profile/visible-notes";

/** The trash is short: the newest deletions are the ones people undo. */
export const RECENTLY_DELETED_LIMIT = 20;

type DeletedConversation = { id: string; occurredAt: Date; setting: ConversationSetting; deletedAt: Date };
type DeletedInsight = { id: string; depth: Depth; topic: string; text: string; deletedAt: Date };

/**
 * What the actor deleted about a report that can still be restored: conversations (which
 * took their insights with them), and insights deleted on their own.
 */
export async function listRecentlyDeleted(actor: Actor, memberId: string, now = new Date()) {
  const since = restorableSince(now);
  const [conversations, insights] = await Promise.all([
    db.$queryRaw<DeletedConversation[]>`
      SELECT c."id", c."occurredAt", c."setting"::text AS "setting", c."deletedAt"
      FROM "Conversation" c
      WHERE ${writtenByActorAboutSql("c", actor, memberId)} AND c."deletedAt" >= ${since}::timestamp(3)
      ORDER BY c."deletedAt" DESC, c."id" DESC
      LIMIT ${RECENTLY_DELETED_LIMIT}`,
    // An insight of a deleted conversation comes back with its conversation, not alone.
    db.$queryRaw<DeletedInsight[]>`
      SELECT i."id", i."depth"::text AS "depth", i."topic", i."text", i."deletedAt"
      FROM "Insight" i
      WHERE ${writtenByActorAboutSql("i", actor, memberId)} AND i."deletedAt" >= ${since}::timestamp(3)
        AND (i."conversationId" IS NULL OR EXISTS (
          SELECT 1 FROM "Conversation" parent
          WHERE parent."id" = i."conversationId" AND parent."workspaceId" = i."workspaceId" AND parent."deletedAt" IS NULL
        ))
      ORDER BY i."deletedAt" DESC, i."id" DESC
      LIMIT ${RECENTLY_DELETED_LIMIT}`,
  ]);
  return { conversations, insights: insights.map((row) => withOpenText("Insight.text", row)) };
}

export type RecentlyDeleted = Awaited<ReturnType<typeof listRecentlyDeleted>>;
