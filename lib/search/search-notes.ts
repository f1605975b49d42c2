import "server-only";
import { openNote } from "@/lib/crypto/note-cipher";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Depth } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/members/actor";
import { normalizeForSearch, parseSearchQuery } from "@/lib/search/normalize-query";
import { topicKeysMatching } from "@/lib/search/topic-labels";

// Search across the manager's notes: insight text and topic, and the current personal mission.
// Substring matching on NFKC-normalised, lower-cased text, so Japanese (no spaces between
// words) is found inside sentences: see docs/decisions/0004-search.md.

export const SEARCH_LIMIT = 50;

export type SearchHit =
  | { kind: "insight"; id: string; depth: Depth; topic: string; text: string; notedAt: Date }
  | { kind: "mission"; id: string; text: string; notedAt: Date };

export type SearchGroup = { member: { id: string; name: string; archived: boolean }; hits: SearchHit[] };

export type SearchResult = {
  /** The normalised words that every hit contains; empty for a blank query. */
  terms: string[];
  /** One group per report, the report with the most recent hit first. */
  groups: SearchGroup[];
  hitCount: number;
  /** More notes match than were returned. */
  hasMore: boolean;
};

type HitRow = {
  kind: "insight" | "mission";
  id: string;
  memberId: string;
  memberName: string;
  archived: boolean;
  depth: Depth | null;
  topic: string | null;
  text: string;
  notedAt: Date;
};

/**
 * Candidates are read newest first: this many, and only if they hold too few matches, all the
 * rest in one more query (each query sorts the manager's notes anew, so two beat many batches).
 */
const FIRST_BATCH = 1000;

/**
 * The actor's notes that contain every word of `query`, newest first, at most `limit`.
 * Scoped like every read of notes (`ownNotes`/`ownReports` in lib/members/actor.ts, as
 * `visibleInsights` in lib/profile/visible-notes.ts): the actor's workspace, notes the actor wrote
 * and did not delete, about reports the actor manages today; anyone else's notes are never read,
 * so nobody can probe them. The text is encrypted at rest, so the database selects the
 * candidates and the server decrypts and matches them (docs/decisions/0004-search.md).
 */
export async function searchNotes(actor: Actor, query: string, { limit = SEARCH_LIMIT } = {}): Promise<SearchResult> {
  const terms = parseSearchQuery(query);
  if (terms.length === 0) return { terms, groups: [], hitCount: 0, hasMore: false };

  const matches = await noteMatcher(terms);
  const hits: HitRow[] = [];
  const collect = (rows: HitRow[]) => {
    for (const row of rows) {
      if (hits.length > limit) return;
      const opened = { ...row, text: openNote(row.kind === "insight" ? "Insight.text" : "PersonalMissionVersion.text", row.text) };
      if (matches(opened)) hits.push(opened);
    }
  };
  const first = await candidateNotes(actor, { first: FIRST_BATCH });
  collect(first);
  if (hits.length <= limit && first.length === FIRST_BATCH) collect(await candidateNotes(actor, { after: first.at(-1) }));
  return { terms, groups: groupByReport(hits.slice(0, limit)), hitCount: Math.min(hits.length, limit), hasMore: hits.length > limit };
}

/**
 * Every term must be in the note's text, or (for an insight) in its topic as typed or its
 * topic's label in either language: the rules of decision 0004, on decrypted text.
 */
async function noteMatcher(terms: string[]) {
  const keysByTerm = await Promise.all(terms.map(async (term) => new Set<string>(await topicKeysMatching(term))));
  return (row: HitRow) => {
    const text = normalizeForSearch(row.text);
    const topic = row.topic === null ? "" : normalizeForSearch(row.topic);
    return terms.every(
      (term, index) => text.includes(term) || (row.kind === "insight" && (topic.includes(term) || keysByTerm[index]?.has(row.topic ?? ""))),
    );
  };
}

/** The actor's notes, newest first: the `first` ones, or all those after `after`. */
async function candidateNotes(actor: Actor, { first, after }: { first?: number; after?: HitRow }): Promise<HitRow[]> {
  const { workspaceId, userId } = actor;
  const rest = after ? Prisma.sql`WHERE (h."notedAt", h."id") < (${new Date(after.notedAt)}::timestamp(3), ${after.id})` : Prisma.empty;
  const cap = first === undefined ? Prisma.empty : Prisma.sql`LIMIT ${first}`;
  // The newest version of a mission is its current text; older versions are history and must
  // not match. A note inside a deleted conversation is deleted with it.
  return db.$queryRaw<HitRow[]>`
    WITH current_missions AS (
      SELECT DISTINCT ON (v."memberId") v."id", v."memberId", v."text", v."createdAt"
      FROM "PersonalMissionVersion" v
      WHERE v."workspaceId" = ${workspaceId} AND v."managerId" = ${userId}
      ORDER BY v."memberId", v."version" DESC
    ),
    hits AS (
      SELECT 'insight' AS "kind", i."id", i."memberId", i."depth"::text AS "depth", i."topic", i."text",
             COALESCE(c."occurredAt", i."createdAt") AS "notedAt"
      FROM "Insight" i
      -- The actor's conversations only (an insight lives in a conversation of its author): the
      -- join then reads that manager's conversations by index, not the workspace's (issue #7).
      LEFT JOIN "Conversation" c ON c."id" = i."conversationId" AND c."workspaceId" = i."workspaceId"
        AND c."workspaceId" = ${workspaceId} AND c."managerId" = ${userId}
      WHERE i."workspaceId" = ${workspaceId} AND i."managerId" = ${userId} AND i."deletedAt" IS NULL
        AND (i."conversationId" IS NULL OR (c."id" IS NOT NULL AND c."deletedAt" IS NULL))
      UNION ALL
      SELECT 'mission', cm."id", cm."memberId", NULL, NULL, cm."text", cm."createdAt"
      FROM current_missions cm
    )
    SELECT h.*, m."name" AS "memberName", (m."archivedAt" IS NOT NULL) AS "archived"
    FROM hits h
    JOIN "TeamMember" m ON m."id" = h."memberId" AND m."workspaceId" = ${workspaceId} AND m."managerId" = ${userId}
    ${rest}
    ORDER BY h."notedAt" DESC, h."id" DESC
    ${cap}`;
}

/** Groups in order of each report's newest hit; the personal mission leads its group. */
function groupByReport(rows: HitRow[]): SearchGroup[] {
  const groups = new Map<string, SearchGroup>();
  for (const row of rows) {
    let group = groups.get(row.memberId);
    if (!group) {
      group = { member: { id: row.memberId, name: row.memberName, archived: row.archived }, hits: [] };
      groups.set(row.memberId, group);
    }
    group.hits.push(toHit(row));
  }
  for (const group of groups.values()) {
    group.hits.sort((a, b) => Number(b.kind === "mission") - Number(a.kind === "mission"));
  }
  return [...groups.values()];
}

function toHit(row: HitRow): SearchHit {
  const notedAt = new Date(row.notedAt);
  if (row.kind === "mission" || row.depth === null || row.topic === null) {
    return { kind: "mission", id: row.id, text: row.text, notedAt };
  }
  return { kind: "insight", id: row.id, depth: row.depth, topic: row.topic, text: row.text, notedAt };
}
