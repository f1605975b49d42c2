import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { type Actor, ownReports } from "@/lib/members/actor";
import type { MemberInput } from "@/lib/members/schemas";

// Each write names the report and the access rule in one `where`: another manager's report
// and a missing one both end as NOT_FOUND.

/** Saves a report's details; the cadence too when given (the edit form always sends it). */
export async function updateMember(actor: Actor, memberId: string, input: MemberInput & { cadenceDays?: number }) {
  const { cadenceDays, ...details } = input;
  const { count } = await db.teamMember.updateMany({
    where: { id: memberId, ...ownReports(actor) },
    data: { ...details, ...(cadenceDays === undefined ? {} : { cadenceDays }) },
  });
  if (count === 0) throw new AppError("NOT_FOUND");
}

/** Archiving hides a report from the team without touching a word of the notes. */
export async function setMemberArchived(actor: Actor, memberId: string, archived: boolean, now = new Date()) {
  const { count } = await db.teamMember.updateMany({
    where: { id: memberId, ...ownReports(actor) },
    data: { archivedAt: archived ? now : null },
  });
  if (count === 0) throw new AppError("NOT_FOUND");
}

/** The report as the edit form shows it. */
export async function getMemberForEdit(actor: Actor, memberId: string) {
  return db.teamMember.findFirst({
    where: { id: memberId, ...ownReports(actor) },
    select: { id: true, name: true, jobTitle: true, team: true, startDate: true, cadenceDays: true, archivedAt: true },
  });
}
