import "server-only";
import { db } from "@/lib/db";
import { type Actor, ownReports } from "@/lib/members/actor";

/** The actor's active reports, for the report pickers of the follow-ups page and form. */
export async function listReportChoices(actor: Actor, locale: string) {
  const rows = await db.teamMember.findMany({
    where: { ...ownReports(actor), archivedAt: null },
    select: { id: true, name: true },
    take: 1000,
  });
  const collator = new Intl.Collator(locale);
  return rows.sort((a, b) => collator.compare(a.name, b.name));
}

/** A conversation the actor logged with one of their reports, to say where a follow-up came from. */
export async function findConversationDate(actor: Actor, conversationId: string, memberId: string) {
  const conversation = await db.conversation.findFirst({
    where: { id: conversationId, memberId, ...ownReports(actor), deletedAt: null, member: ownReports(actor) },
    select: { occurredAt: true },
  });
  return conversation?.occurredAt ?? null;
}
