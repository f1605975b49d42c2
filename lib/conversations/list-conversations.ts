import "server-only";
import { openOptionalNote, withOpenText } from "@/lib/crypto/note-cipher";
import { db } from "@/lib/db";
import type { ConversationSetting, Depth } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/members/actor";
import { visibleConversationsSql } from "@/lib/profile/visible-notes";

export const TIMELINE_PAGE_SIZE = 10;

type TimelineRow = {
  id: string;
  occurredAt: Date;
  setting: ConversationSetting;
  durationMinutes: number | null;
  openness: number;
  volunteered: boolean;
  pulledBackAt: Depth | null;
  intention: string | null;
  insights: { id: string; depth: Depth; topic: string; text: string }[];
};

/**
 * One page of the conversation timeline of a report, newest first, each with its insights in
 * the order they were written. Pages are numbered from 1; a page past the end gives the last.
 */
export async function listConversations(actor: Actor, memberId: string, { page = 1 }: { page?: number } = {}) {
  const visible = visibleConversationsSql("c", actor, memberId);
  const [{ total }] = await db.$queryRaw<[{ total: number }]>`SELECT count(*)::int AS "total" FROM "Conversation" c WHERE ${visible}`;
  const pageCount = Math.max(1, Math.ceil(total / TIMELINE_PAGE_SIZE));
  const current = Math.min(Math.max(1, Math.trunc(page)), pageCount);
  // The insights come along as JSON, one statement for the page.
  const rows = await db.$queryRaw<TimelineRow[]>`
    SELECT c."id", c."occurredAt", c."setting"::text AS "setting", c."durationMinutes", c."openness", c."volunteered",
      c."pulledBackAt"::text AS "pulledBackAt", c."intention",
      COALESCE((
        SELECT json_agg(json_build_object('id', i."id", 'depth', i."depth", 'topic', i."topic", 'text', i."text")
          ORDER BY i."createdAt", i."id")
        FROM "Insight" i
        WHERE i."conversationId" = c."id" AND i."workspaceId" = c."workspaceId" AND i."deletedAt" IS NULL
      ), '[]'::json) AS "insights"
    FROM "Conversation" c
    WHERE ${visible}
    ORDER BY c."occurredAt" DESC, c."id" DESC
    OFFSET ${(current - 1) * TIMELINE_PAGE_SIZE} LIMIT ${TIMELINE_PAGE_SIZE}`;
  const conversations = rows.map((conversation) => ({
    ...conversation,
    intention: openOptionalNote("Conversation.intention", conversation.intention),
    insights: conversation.insights.map((insight) => withOpenText("Insight.text", insight)),
  }));
  return { conversations, page: current, pageCount, total };
}

export type TimelinePage = Awaited<ReturnType<typeof listConversations>>;
export type TimelineConversation = TimelinePage["conversations"][number];
