import "server-only";
import { sealNote, sealOptionalNote } from "@/lib/crypto/note-cipher";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import type { FollowUpInput } from "@/lib/follow-ups/schemas";
import { type Actor, ownReports } from "@/lib/members/actor";
import { visibleConversations } from "@/lib/profile/visible-notes";

/**
 * Records what a report asked for, with its milestones, and the first line of its history, in
 * one transaction. The report must be the actor's; a conversation, if given, must be one of
 * the actor's conversations with that report — otherwise NOT_FOUND, as if it did not exist.
 */
export async function createFollowUp(actor: Actor, input: FollowUpInput) {
  return db.$transaction(async (tx) => {
    const member = await tx.teamMember.findFirst({ where: { id: input.memberId, ...ownReports(actor) }, select: { id: true } });
    if (!member) throw new AppError("NOT_FOUND");
    if (input.conversationId !== null) {
      const conversation = await tx.conversation.findFirst({
        where: { id: input.conversationId, ...visibleConversations(actor, member.id) },
        select: { id: true },
      });
      if (!conversation) throw new AppError("NOT_FOUND");
    }
    const followUp = await tx.followUp.create({
      data: {
        ...ownReports(actor),
        memberId: member.id,
        conversationId: input.conversationId,
        request: sealNote("FollowUp.request", input.request),
        action: sealOptionalNote("FollowUp.action", input.action),
        dueDate: input.dueDate,
      },
      select: { id: true, memberId: true },
    });
    await tx.milestone.createMany({
      data: input.milestones.map((milestone, position) => ({
        workspaceId: actor.workspaceId,
        followUpId: followUp.id,
        title: sealNote("Milestone.title", milestone.title),
        dueDate: milestone.dueDate,
        position,
      })),
    });
    await tx.followUpEvent.create({
      data: { workspaceId: actor.workspaceId, followUpId: followUp.id, managerId: actor.userId, kind: "CREATED", status: "OPEN" },
    });
    return followUp;
  });
}
