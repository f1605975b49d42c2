import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/members/actor";

type MemberProfileRow = { id: string; name: string; jobTitle: string | null; team: string | null; startDate: Date | null; archivedAt: Date | null };

/**
 * The header of a report's profile, or null when the report does not exist, is in another
 * workspace, or has another manager: the caller cannot tell these apart. The profile's
 * sections load their own data (`lib/profile/*`), each with the same rule. Raw SQL like the
 * profile's other reads (lib/profile/visible-notes.ts says why).
 */
export async function getMemberProfile(actor: Actor, memberId: string): Promise<MemberProfileRow | null> {
  const [member] = await db.$queryRaw<MemberProfileRow[]>`
    SELECT "id", "name", "jobTitle", "team", "startDate", "archivedAt"
    FROM "TeamMember"
    WHERE "id" = ${memberId} AND "workspaceId" = ${actor.workspaceId} AND "managerId" = ${actor.userId}`;
  return member ?? null;
}

export type MemberProfile = MemberProfileRow;
