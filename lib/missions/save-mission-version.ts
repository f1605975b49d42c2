import "server-only";
import { sealNote, withOpenText } from "@/lib/crypto/note-cipher";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { isUniqueViolation } from "@/lib/errors/database-errors";
import { type Actor, ownReports } from "@/lib/members/actor";
import type { MissionInput } from "@/lib/missions/schemas";

const VERSION = { version: true, text: true, createdAt: true } as const;
const MISSION = "PersonalMissionVersion.text";

/**
 * Saves the text as the next version of a report's personal mission, in one transaction with
 * reading the latest. A form opened on an older version than the latest gets a conflict and
 * the latest version back, never an overwrite; an unchanged text adds no version.
 */
export async function saveMissionVersion(actor: Actor, input: MissionInput) {
  try {
    return await db.$transaction(async (tx) => {
      const member = await tx.teamMember.findFirst({ where: { id: input.memberId, ...ownReports(actor) }, select: { id: true } });
      if (!member) throw new AppError("NOT_FOUND");
      const latest = await latestVersion(tx, actor, member.id);
      if ((latest?.version ?? 0) !== input.baseVersion) return { status: "conflict" as const, latest };
      if (latest?.text === input.text) return { status: "unchanged" as const, mission: latest };
      const created = await tx.personalMissionVersion.create({
        data: { ...ownReports(actor), memberId: member.id, version: input.baseVersion + 1, text: sealNote(MISSION, input.text) },
        select: VERSION,
      });
      return { status: "saved" as const, mission: withOpenText(MISSION, created) };
    });
  } catch (error) {
    // Two saves from the same version at the same moment: the unique (member, manager, version)
    // lets one win; the other is told, as if it had come a moment later.
    if (!isUniqueViolation(error)) throw error;
    return { status: "conflict" as const, latest: await latestVersion(db, actor, input.memberId) };
  }
}

async function latestVersion(client: Pick<typeof db, "personalMissionVersion">, actor: Actor, memberId: string) {
  const latest = await client.personalMissionVersion.findFirst({
    where: { memberId, ...ownReports(actor), member: ownReports(actor) },
    orderBy: { version: "desc" },
    select: VERSION,
  });
  return latest && withOpenText(MISSION, latest);
}

export type MissionSaveResult = Awaited<ReturnType<typeof saveMissionVersion>>;
