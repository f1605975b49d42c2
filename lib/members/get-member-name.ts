import "server-only";
import { db } from "@/lib/db";
import { type Actor, ownReports } from "@/lib/members/actor";

/** A report's name for a page title or form header; null when not the actor's report. */
export async function getMemberName(actor: Actor, memberId: string) {
  return db.teamMember.findFirst({
    where: { id: memberId, ...ownReports(actor) },
    select: { id: true, name: true, archivedAt: true },
  });
}
