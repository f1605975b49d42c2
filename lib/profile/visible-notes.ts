import type { Prisma } from "@/lib/generated/prisma/client";
import { type Actor, ownNotes, ownReports } from "@/lib/members/actor";

// The access rule of every profile query, in one place: notes the actor wrote, about a report
// the actor manages today (a report who moved to another manager takes their profile along,
// and the previous manager's notes stay hidden), not deleted. Without a member: any such report.

/** Rows the actor wrote about one of the reports they manage today (or any of them), deleted or not. */
export function writtenByActorAbout(actor: Actor, memberId?: string) {
  return {
    ...ownReports(actor),
    ...(memberId === undefined ? {} : { memberId }),
    member: ownReports(actor),
  };
}

/** The actor's conversations with one of their reports (or any of them). */
export function visibleConversations(actor: Actor, memberId?: string) {
  return { ...writtenByActorAbout(actor, memberId), ...ownNotes(actor) } satisfies Prisma.ConversationWhereInput;
}

/** The actor's insights about one of their reports (or any of them), without those of deleted conversations. */
export function visibleInsights(actor: Actor, memberId?: string) {
  return {
    ...writtenByActorAbout(actor, memberId),
    ...ownNotes(actor),
    // Deleting a conversation also stamps its insights, but an insight must never outlive its
    // conversation, even if a row was written some other way.
    OR: [{ conversationId: null }, { conversation: { deletedAt: null } }],
  } satisfies Prisma.InsightWhereInput;
}
