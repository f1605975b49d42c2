import "server-only";
import { openOptionalNote, sealOptionalNote } from "@/lib/crypto/note-cipher";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { type ConversationEdit, occurredAtFor } from "@/lib/conversations/schemas";
import { type Actor, ownNotes } from "@/lib/members/actor";

/** A conversation the actor logged, as the edit form shows it; null when not theirs. */
export async function getConversationForEdit(actor: Actor, conversationId: string) {
  const conversation = await db.conversation.findFirst({
    where: { id: conversationId, ...ownNotes(actor) },
    select: {
      id: true,
      memberId: true,
      occurredAt: true,
      setting: true,
      durationMinutes: true,
      openness: true,
      volunteered: true,
      pulledBackAt: true,
      intention: true,
      member: { select: { name: true } },
    },
  });
  return conversation && { ...conversation, intention: openOptionalNote("Conversation.intention", conversation.intention) };
}

export async function updateConversation(actor: Actor, { conversationId, occurredOn, ...answers }: ConversationEdit) {
  const { count } = await db.conversation.updateMany({
    where: { id: conversationId, ...ownNotes(actor) },
    data: { ...answers, intention: sealOptionalNote("Conversation.intention", answers.intention), occurredAt: occurredAtFor(occurredOn) },
  });
  if (count === 0) throw new AppError("NOT_FOUND");
}
