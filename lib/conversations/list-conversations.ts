import "server-only";
import { openOptionalNote, withOpenText } from "@/lib/crypto/note-cipher";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/members/actor";
import { visibleConversations } from "@/lib/profile/visible-notes";

export const TIMELINE_PAGE_SIZE = 10;

/**
 * One page of the conversation timeline of a report, newest first, each with its insights in
 * the order they were written. Pages are numbered from 1; a page past the end gives the last.
 */
export async function listConversations(actor: Actor, memberId: string, { page = 1 }: { page?: number } = {}) {
  const where = visibleConversations(actor, memberId);
  const total = await db.conversation.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / TIMELINE_PAGE_SIZE));
  const current = Math.min(Math.max(1, Math.trunc(page)), pageCount);
  const rows = await db.conversation.findMany({
    where,
    orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
    skip: (current - 1) * TIMELINE_PAGE_SIZE,
    take: TIMELINE_PAGE_SIZE,
    select: {
      id: true,
      occurredAt: true,
      setting: true,
      durationMinutes: true,
      openness: true,
      volunteered: true,
      pulledBackAt: true,
      intention: true,
      insights: {
        where: { deletedAt: null },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, depth: true, topic: true, text: true },
      },
    },
  });
  const conversations = rows.map((conversation) => ({
    ...conversation,
    intention: openOptionalNote("Conversation.intention", conversation.intention),
    insights: conversation.insights.map((insight) => withOpenText("Insight.text", insight)),
  }));
  return { conversations, page: current, pageCount, total };
}

export type TimelinePage = Awaited<ReturnType<typeof listConversations>>;
export type TimelineConversation = TimelinePage["conversations"][number];
