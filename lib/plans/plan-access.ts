import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/members/actor";
import { writtenByActorAbout } from "@/lib/profile/visible-notes";

/**
 * The access rule of every plan query: plans the actor made, about a report the actor manages
 * today. Plans are the actor's private notes, like conversations: not even the owner sees them.
 */
export function ownPlans(actor: Actor, memberId?: string) {
  return writtenByActorAbout(actor, memberId) satisfies Prisma.ConversationPlanWhereInput;
}

/** Questions the actor may use: the built-in ones and their own workspace's. */
export function usableQuestions(actor: Actor) {
  return { OR: [{ workspaceId: null }, { workspaceId: actor.workspaceId }] } satisfies Prisma.QuestionWhereInput;
}
