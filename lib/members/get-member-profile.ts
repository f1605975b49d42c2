import "server-only";
import { db } from "@/lib/db";
import { type Actor, ownReports } from "@/lib/members/actor";

/**
 * The header of a report's profile, or null when the report does not exist, is in another
 * workspace, or has another manager: the caller cannot tell these apart. The profile's
 * sections load their own data (`lib/profile/*`), each with the same rule.
 */
export async function getMemberProfile(actor: Actor, memberId: string) {
  return db.teamMember.findFirst({
    where: { id: memberId, ...ownReports(actor) },
    select: { id: true, name: true, jobTitle: true, team: true, startDate: true, archivedAt: true },
  });
}

export type MemberProfile = NonNullable<Awaited<ReturnType<typeof getMemberProfile>>>;
