import "server-only";
import { db } from "@/lib/db";
import { type Actor, ownReports } from "@/lib/members/actor";
import type { MemberInput } from "@/lib/members/schemas";

/** Adds a report to the actor's team: the actor is their manager. The cadence defaults to the schema's. */
export async function createMember(actor: Actor, input: MemberInput & { cadenceDays?: number }) {
  const { cadenceDays, ...details } = input;
  return db.teamMember.create({
    data: { ...ownReports(actor), ...details, ...(cadenceDays === undefined ? {} : { cadenceDays }), languages: [] },
    select: { id: true },
  });
}
