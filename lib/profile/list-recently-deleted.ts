import "server-only";
import { withOpenText } from "@/lib/crypto/note-cipher";
import { db } from "@/lib/db";
import { type Actor, ownReports } from "@/lib/members/actor";
import { restorableSince } from "@/lib/profile/trash-retention";

/** The trash is short: the newest deletions are the ones people undo. */
export const RECENTLY_DELETED_LIMIT = 20;

/**
 * What the actor deleted about a report that can still be restored: conversations (which
 * took their insights with them), and insights deleted on their own.
 */
export async function listRecentlyDeleted(actor: Actor, memberId: string, now = new Date()) {
  const scope = { ...ownReports(actor), memberId, member: ownReports(actor), deletedAt: { gte: restorableSince(now) } };
  const [conversations, insights] = await Promise.all([
    db.conversation.findMany({
      where: scope,
      orderBy: [{ deletedAt: "desc" }, { id: "desc" }],
      take: RECENTLY_DELETED_LIMIT,
      select: { id: true, occurredAt: true, setting: true, deletedAt: true },
    }),
    db.insight.findMany({
      // An insight of a deleted conversation comes back with its conversation, not alone.
      where: { ...scope, OR: [{ conversationId: null }, { conversation: { deletedAt: null } }] },
      orderBy: [{ deletedAt: "desc" }, { id: "desc" }],
      take: RECENTLY_DELETED_LIMIT,
      select: { id: true, depth: true, topic: true, text: true, deletedAt: true },
    }),
  ]);
  // The rows were chosen by `deletedAt >= …`, so it is set; the types cannot know that.
  return {
    conversations: conversations.map((row) => ({ ...row, deletedAt: row.deletedAt ?? now })),
    insights: insights.map((row) => ({ ...withOpenText("Insight.text", row), deletedAt: row.deletedAt ?? now })),
  };
}

export type RecentlyDeleted = Awaited<ReturnType<typeof listRecentlyDeleted>>;
