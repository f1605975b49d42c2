import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/members/actor";
import { ownPlans } from "@/lib/plans/plan-access";

type Tx = Prisma.TransactionClient;

/**
 * The plan a conversation is logged from: only the actor's own open plan for that report.
 * Any other id (someone else's, another report's, already closed, made up) is ignored, the
 * same way for every case, so the form reveals nothing and the conversation is still logged.
 * No plan is linked automatically without an id: guessing could close the wrong one.
 */
export async function openPlanFor(tx: Tx, actor: Actor, memberId: string, planId: string | null) {
  if (planId === null) return null;
  return tx.conversationPlan.findFirst({
    where: { id: planId, ...ownPlans(actor, memberId), status: "PLANNED", conversationId: null },
    select: { id: true, intention: true },
  });
}

/** Links the plan to its conversation and closes it, in the conversation's transaction. */
export async function closePlanWith(tx: Tx, actor: Actor, planId: string, conversationId: string) {
  await tx.conversationPlan.updateMany({
    where: { id: planId, ...ownPlans(actor), status: "PLANNED", conversationId: null },
    data: { conversationId, status: "DONE" },
  });
}
