import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { isUniqueViolation } from "@/lib/errors/database-errors";
import { type Actor, ownReports } from "@/lib/members/actor";
import type { MissionInput } from "@/lib/missions/schemas";

const VERSION = { version: true, text: true, createdAt: true } as const;

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
      const latest = await tx.personalMissionVersion.findFirst({
        where: { memberId: member.id, ...ownReports(actor) },
        orderBy: { version: "desc" },
        select: VERSION,
      });
      if ((latest?.version ?? 0) !== input.baseVersion) return { status: "conflict" as const, latest };
      if (latest?.text === input.text) return { status: "unchanged" as const, mission: latest };
      const mission = await tx.personalMissionVersion.create({
        data: { ...ownReports(actor), memberId: member.id, version: input.baseVersion + 1, text: input.text },
        select: VERSION,
      });
      return { status: "saved" as const, mission };
    });
  } catch (error) {
    // Two saves from the same version at the same moment: the unique (member, manager, version)
    // lets one win; the other is told, as if it had come a moment later.
    if (!isUniqueViolation(error)) throw error;
    const latest = await db.personalMissionVersion.findFirst({
      where: { memberId: input.memberId, ...ownReports(actor), member: ownReports(actor) },
      orderBy: { version: "desc" },
      select: VERSION,
    });
    return { status: "conflict" as const, latest };
  }
}

export type MissionSaveResult = Awaited<ReturnType<typeof saveMissionVersion>>;
