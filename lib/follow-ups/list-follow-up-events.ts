import "server-only";
import { db } from "@/lib/db";
import type { FollowUpEventKind, FollowUpStatus } from "@/lib/generated/prisma/enums";
import { openEventText, openFollowUpText } from "@/lib/follow-ups/follow-up-text";
import type { Actor } from "@/lib/members/actor";
import { writtenByActorAboutSql } from "@/lib/profile/visible-notes";

export const FOLLOW_UP_EVENTS_LIMIT = 30;

type EventRow = {
  id: string;
  kind: FollowUpEventKind;
  status: FollowUpStatus | null;
  milestoneTitle: string | null;
  reason: string | null;
  createdAt: Date;
  followUpId: string;
  request: string;
};

/**
 * The history of the actor's follow-ups with a report, newest first: what changed and when.
 * Follow-ups are visible as `visibleFollowUps` (lib/follow-ups/follow-up-scope.ts) says.
 */
export async function listFollowUpEvents(actor: Actor, memberId: string) {
  const rows = await db.$queryRaw<EventRow[]>`
    SELECT e."id", e."kind"::text AS "kind", e."status"::text AS "status", e."milestoneTitle", e."reason", e."createdAt",
      f."id" AS "followUpId", f."request"
    FROM "FollowUpEvent" e
    JOIN "FollowUp" f ON f."id" = e."followUpId" AND f."workspaceId" = e."workspaceId"
    WHERE e."workspaceId" = ${actor.workspaceId} AND e."managerId" = ${actor.userId}
      AND ${writtenByActorAboutSql("f", actor, memberId)}
    ORDER BY e."createdAt" DESC, e."id" DESC
    LIMIT ${FOLLOW_UP_EVENTS_LIMIT}`;
  return rows.map(({ followUpId, request, ...event }) => ({
    ...openEventText(event),
    followUp: openFollowUpText({ id: followUpId, request }),
  }));
}

export type FollowUpEventRow = Awaited<ReturnType<typeof listFollowUpEvents>>[number];
