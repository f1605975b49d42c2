import "server-only";
import { withOpenText } from "@/lib/crypto/note-cipher";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/members/actor";
import { writtenByActorAboutSql } from "@/lib/profile/visible-notes";

/** The history lists this many versions; a mission is revised a few times a year at most. */
export const MISSION_HISTORY_LIMIT = 50;

/**
 * A report's personal mission as the actor wrote it: the current (newest) version, the list of
 * versions (newest first, without their text), and, when asked for, one older version to read.
 */
export async function getMission(actor: Actor, memberId: string, { viewVersion = null }: { viewVersion?: number | null } = {}) {
  // Missions are the actor's own notes: written by them, about a report they manage. One
  // statement: the versions, newest first, with the text of the newest and of the one asked for.
  const rows = await db.$queryRaw<{ version: number; createdAt: Date; text: string | null; listed: boolean }[]>`
    WITH versions AS (
      SELECT v."version", v."createdAt", v."text", row_number() OVER (ORDER BY v."version" DESC) AS "position"
      FROM "PersonalMissionVersion" v
      WHERE ${writtenByActorAboutSql("v", actor, memberId)}
    )
    SELECT "version", "createdAt",
      CASE WHEN "position" = 1 OR "version" = ${viewVersion} THEN "text" END AS "text",
      "position" <= ${MISSION_HISTORY_LIMIT} AS "listed"
    FROM versions
    WHERE "position" <= ${MISSION_HISTORY_LIMIT} OR "version" = ${viewVersion}
    ORDER BY "version" DESC`;
  const withText = (row: (typeof rows)[number] | undefined) =>
    row && withOpenText("PersonalMissionVersion.text", { version: row.version, text: row.text ?? "", createdAt: row.createdAt });
  const [newest] = rows;
  const viewed = viewVersion === null || viewVersion === newest?.version ? undefined : rows.find((row) => row.version === viewVersion);
  return {
    current: withText(newest) ?? null,
    history: rows.filter((row) => row.listed).map(({ version, createdAt }) => ({ version, createdAt })),
    viewed: withText(viewed) ?? null,
  };
}

export type Mission = Awaited<ReturnType<typeof getMission>>;
export type MissionVersion = NonNullable<Mission["current"]>;
