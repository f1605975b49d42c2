import "server-only";
import { withOpenText } from "@/lib/crypto/note-cipher";
import { db } from "@/lib/db";
import { type Actor, ownReports } from "@/lib/members/actor";

/** The history lists this many versions; a mission is revised a few times a year at most. */
export const MISSION_HISTORY_LIMIT = 50;

/**
 * A report's personal mission as the actor wrote it: the current (newest) version, the list of
 * versions (newest first, without their text), and, when asked for, one older version to read.
 */
export async function getMission(actor: Actor, memberId: string, { viewVersion = null }: { viewVersion?: number | null } = {}) {
  // Missions are the actor's own notes: written by them, about a report they manage.
  const where = { memberId, ...ownReports(actor), member: ownReports(actor) };
  const [current, history, viewed] = await Promise.all([
    db.personalMissionVersion.findFirst({
      where,
      orderBy: { version: "desc" },
      select: { version: true, text: true, createdAt: true },
    }),
    db.personalMissionVersion.findMany({
      where,
      orderBy: { version: "desc" },
      take: MISSION_HISTORY_LIMIT,
      select: { version: true, createdAt: true },
    }),
    viewVersion === null
      ? null
      : db.personalMissionVersion.findFirst({
          where: { ...where, version: viewVersion },
          select: { version: true, text: true, createdAt: true },
        }),
  ]);
  return {
    current: current && withOpenText("PersonalMissionVersion.text", current),
    history,
    viewed: viewed && viewed.version !== current?.version ? withOpenText("PersonalMissionVersion.text", viewed) : null,
  };
}

export type Mission = Awaited<ReturnType<typeof getMission>>;
export type MissionVersion = NonNullable<Mission["current"]>;
