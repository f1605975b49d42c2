import "server-only";
import { occurredAtFor } from "@/lib/conversations/schemas";
import { sealNote, sealOptionalNote } from "@/lib/crypto/note-cipher";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { type Actor, ownReports } from "@/lib/members/actor";
import { ownPlans, usableQuestions } from "@/lib/plans/plan-access";
import type { PlanInput } from "@/lib/plans/schemas";

/** Saves a planned conversation and its questions, in the order chosen, or nothing. */
export async function createPlan(actor: Actor, input: PlanInput) {
  return db.$transaction(async (tx) => {
    const member = await tx.teamMember.findFirst({
      where: { id: input.memberId, ...ownReports(actor), archivedAt: null },
      select: { id: true },
    });
    if (!member) throw new AppError("NOT_FOUND");
    if (input.questionIds.length > 0) {
      // Another workspace's question fails like a missing one. An archived one may still be
      // kept: it was suggested when the page was opened.
      const found = await tx.question.count({ where: { id: { in: input.questionIds }, ...usableQuestions(actor) } });
      if (found !== input.questionIds.length) throw new AppError("NOT_FOUND");
    }
    const plan = await tx.conversationPlan.create({
      data: {
        ...ownReports(actor),
        memberId: member.id,
        intention: sealNote("ConversationPlan.intention", input.intention),
        depth: input.depth,
        setting: input.setting,
        // A calendar date, stored at noon UTC like a conversation's, so it reads the same everywhere.
        plannedFor: occurredAtFor(input.plannedOn),
        agenda: sealOptionalNote("ConversationPlan.agenda", input.agenda),
      },
      select: { id: true, memberId: true },
    });
    if (input.questionIds.length > 0) {
      await tx.planQuestion.createMany({
        data: input.questionIds.map((questionId, position) => ({
          workspaceId: actor.workspaceId,
          planId: plan.id,
          questionId,
          position,
        })),
      });
    }
    return plan;
  });
}

/** Cancels one of the actor's open plans; anything else fails like a missing plan. */
export async function cancelPlan(actor: Actor, planId: string) {
  const plan = await db.conversationPlan.findFirst({
    where: { id: planId, ...ownPlans(actor), status: "PLANNED" },
    select: { id: true, memberId: true },
  });
  if (!plan) throw new AppError("NOT_FOUND");
  const { count } = await db.conversationPlan.updateMany({
    where: { id: plan.id, ...ownPlans(actor), status: "PLANNED" },
    data: { status: "CANCELLED" },
  });
  if (count === 0) throw new AppError("NOT_FOUND");
  return plan;
}
