import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { type Actor, ownReports } from "@/lib/members/actor";
import { restorableSince } from "@/lib/profile/trash-retention";
import { visibleConversations } from "@/lib/profile/visible-notes";

/**
 * Moves a conversation and its insights to the trash, together. Both are stamped with the same
 * time, so restoring brings back exactly the insights deleted with it, not those the manager
 * had deleted on their own before.
 */
export async function deleteConversation(actor: Actor, conversationId: string, now = new Date()) {
  return db.$transaction(async (tx) => {
    const conversation = await tx.conversation.findFirst({
      where: { id: conversationId, ...visibleConversations(actor) },
      select: { id: true, memberId: true },
    });
    if (!conversation) throw new AppError("NOT_FOUND");
    // `deletedAt: null` again: of two deletes at the same moment, the second finds nothing.
    const { count } = await tx.conversation.updateMany({
      where: { id: conversation.id, deletedAt: null },
      data: { deletedAt: now },
    });
    if (count === 0) throw new AppError("NOT_FOUND");
    await tx.insight.updateMany({
      where: { conversationId: conversation.id, ...ownReports(actor), deletedAt: null },
      data: { deletedAt: now },
    });
    return { id: conversation.id, memberId: conversation.memberId, deletedAt: now };
  });
}

/** Brings a conversation back from the trash with the insights deleted along with it. */
export async function restoreConversation(actor: Actor, conversationId: string, now = new Date()) {
  return db.$transaction(async (tx) => {
    const conversation = await tx.conversation.findFirst({
      where: { id: conversationId, ...ownReports(actor), member: ownReports(actor), deletedAt: { gte: restorableSince(now) } },
      select: { id: true, memberId: true, deletedAt: true },
    });
    if (!conversation?.deletedAt) throw new AppError("NOT_FOUND");
    const { count } = await tx.conversation.updateMany({
      where: { id: conversation.id, deletedAt: conversation.deletedAt },
      data: { deletedAt: null },
    });
    if (count === 0) throw new AppError("NOT_FOUND");
    await tx.insight.updateMany({
      where: { conversationId: conversation.id, ...ownReports(actor), deletedAt: conversation.deletedAt },
      data: { deletedAt: null },
    });
    return { id: conversation.id, memberId: conversation.memberId };
  });
}
