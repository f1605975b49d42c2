import { Prisma } from "@/lib/generated/prisma/client";
import { type Actor, ownNotes, ownReports } from "@/lib/members/actor";

// The access rule of every profile query, in one place: notes the actor wrote, about a report
// the actor manages today (a report who moved to another manager takes their profile along,
// and the previous manager's notes stay hidden), not deleted. Without a member: any such report.
// Each rule comes in two forms: a Prisma `where`, and the same condition in SQL for the profile's
// raw queries (Prisma's query compiler costs more CPU than the SQL itself there; issue #7).

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

/** `writtenByActorAbout` in SQL, for the table aliased `alias` (a constant of the query). */
export function writtenByActorAboutSql(alias: string, actor: Actor, memberId: string) {
  const row = Prisma.raw(`"${alias}"`);
  return Prisma.sql`${row}."workspaceId" = ${actor.workspaceId} AND ${row}."managerId" = ${actor.userId}
    AND ${row}."memberId" = ${memberId}
    AND EXISTS (
      SELECT 1 FROM "TeamMember" report
      WHERE report."id" = ${row}."memberId" AND report."workspaceId" = ${row}."workspaceId" AND report."managerId" = ${actor.userId}
    )`;
}

/** `visibleConversations` in SQL, for the conversation table aliased `alias`. */
export function visibleConversationsSql(alias: string, actor: Actor, memberId: string) {
  return Prisma.sql`${writtenByActorAboutSql(alias, actor, memberId)} AND ${Prisma.raw(`"${alias}"`)}."deletedAt" IS NULL`;
}

/** `visibleInsights` in SQL, for the insight table aliased `alias`. */
export function visibleInsightsSql(alias: string, actor: Actor, memberId: string) {
  const row = Prisma.raw(`"${alias}"`);
  // The parent is one of the same visible conversations (an insight lives in a conversation of
  // its author about the same report), as a set Postgres hashes once: with 3,000 insights, a
  // lookup per row took 15 ms, the set 5 ms.
  return Prisma.sql`${writtenByActorAboutSql(alias, actor, memberId)} AND ${row}."deletedAt" IS NULL
    AND (${row}."conversationId" IS NULL OR ${row}."conversationId" IN (
      SELECT parent."id" FROM "Conversation" parent WHERE ${visibleConversationsSql("parent", actor, memberId)}
    ))`;
}
