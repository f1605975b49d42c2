import "server-only";
import { db } from "@/lib/db";
import { type Actor, ownReports } from "@/lib/members/actor";
import type { MemberInput } from "@/lib/members/schemas";

/** Adds a report to the actor's team: the actor is their manager. */
export async function createMember(actor: Actor, input: MemberInput) {
  return db.teamMember.create({
    data: { ...ownReports(actor), ...input, languages: [] },
    select: { id: true },
  });
}
