import "server-only";
import { db } from "@/lib/db";
import { restorableSince } from "@/lib/profile/trash-retention";

/**
 * Erases for good the notes deleted more than TRASH_RETENTION_DAYS ago, in every workspace:
 * once they can no longer be restored, nobody has a reason to keep them. Idempotent, so any
 * number of app instances may run it at once.
 */
export async function purgeDeletedNotes(now = new Date()): Promise<{ conversations: number; insights: number }> {
  const expired = { deletedAt: { lt: restorableSince(now) } };
  return db.$transaction(async (tx) => {
    const conversations = await tx.conversation.findMany({ where: expired, select: { id: true } });
    const ids = conversations.map((conversation) => conversation.id);
    // A plan or follow-up outlives the conversation it came from: it only loses the link.
    await tx.conversationPlan.updateMany({ where: { conversationId: { in: ids } }, data: { conversationId: null } });
    await tx.followUp.updateMany({ where: { conversationId: { in: ids } }, data: { conversationId: null } });
    const insights = await tx.insight.deleteMany({ where: { OR: [expired, { conversationId: { in: ids } }] } });
    await tx.conversation.deleteMany({ where: { id: { in: ids } } });
    return { conversations: ids.length, insights: insights.count };
  });
}
