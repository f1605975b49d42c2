import "server-only";
import { openOptionalNote, sealNote, sealOptionalNote } from "@/lib/crypto/note-cipher";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { isUniqueViolation } from "@/lib/errors/database-errors";
import type { ConversationInput } from "@/lib/conversations/schemas";
import { occurredAtFor } from "@/lib/conversations/schemas";
import { type Actor, ownReports } from "@/lib/members/actor";
import { closePlanWith, openPlanFor } from "@/lib/plans/close-plan";

/**
 * Logs a conversation and its insights together, or nothing. The form's `clientRequestId`
 * makes it idempotent: a double tap or a retry after a timeout returns the conversation
 * the first request created.
 */
export async function createConversation(actor: Actor, input: ConversationInput) {
  try {
    return await db.$transaction(async (tx) => {
      const member = await tx.teamMember.findFirst({
        where: { id: input.memberId, ...ownReports(actor), archivedAt: null },
        select: { id: true },
      });
      if (!member) throw new AppError("NOT_FOUND");
      const plan = await openPlanFor(tx, actor, member.id, input.planId);
      const conversation = await tx.conversation.create({
        data: {
          ...ownReports(actor),
          memberId: member.id,
          clientRequestId: input.clientRequestId,
          occurredAt: occurredAtFor(input.occurredOn),
          setting: input.setting,
          durationMinutes: input.durationMinutes,
          openness: input.openness,
          volunteered: input.volunteered,
          pulledBackAt: input.pulledBackAt,
          intention: sealOptionalNote(
            "Conversation.intention",
            input.intention ?? openOptionalNote("ConversationPlan.intention", plan?.intention ?? null),
          ),
        },
        select: { id: true },
      });
      if (input.insights.length > 0) {
        await tx.insight.createMany({
          data: input.insights.map((insight) => ({
            ...ownReports(actor),
            memberId: member.id,
            conversationId: conversation.id,
            ...insight,
            text: sealNote("Insight.text", insight.text),
          })),
        });
      }
      if (plan) await closePlanWith(tx, actor, plan.id, conversation.id);
      return { id: conversation.id, memberId: member.id, duplicate: false };
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const existing = await db.conversation.findFirst({
      where: { managerId: actor.userId, workspaceId: actor.workspaceId, clientRequestId: input.clientRequestId },
      select: { id: true, memberId: true },
    });
    if (!existing) throw error;
    return { ...existing, duplicate: true };
  }
}
