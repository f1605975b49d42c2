import "server-only";
import { openNote } from "@/lib/crypto/note-cipher";
import { db } from "@/lib/db";
import { dueDay } from "@/lib/follow-ups/due-sections";
import { visibleFollowUps } from "@/lib/follow-ups/follow-up-scope";
import { type Actor, ownNotes, ownReports } from "@/lib/members/actor";
import { addDays } from "@/lib/follow-ups/due-sections";
import { daysBetween, localClock, startOfLocalDay } from "@/lib/reminders/local-time";

const LIMIT = 50;

export type Digest = {
  followUps: { memberId: string; memberName: string; request: string; dueDate: string; overdue: boolean }[];
  milestones: { memberId: string; memberName: string; title: string; dueDate: string; overdue: boolean }[];
  pastCadence: { memberId: string; memberName: string; daysSince: number | null; cadenceDays: number }[];
  plans: { memberId: string; memberName: string; plannedFor: Date }[];
};

export function isEmptyDigest(digest: Digest): boolean {
  return digest.followUps.length + digest.milestones.length + digest.pastCadence.length + digest.plans.length === 0;
}

/**
 * What a manager's daily digest says, for their local `today`: follow-ups and milestones due
 * today or overdue, reports past their conversation cadence (days since the last conversation
 * that was not deleted), and conversations planned for today. Names and titles only.
 */
export async function collectDigest(actor: Actor, timeZone: string, today: string): Promise<Digest> {
  const dayStart = startOfLocalDay(today, timeZone);
  const dayEnd = startOfLocalDay(addDays(today, 1), timeZone);
  const dueBy = new Date(`${today}T00:00:00Z`);
  const [followUps, milestones, members, plans] = await Promise.all([
    db.followUp.findMany({
      where: { ...visibleFollowUps(actor), member: { ...ownReports(actor), archivedAt: null }, status: { in: ["OPEN", "IN_PROGRESS"] }, dueDate: { lte: dueBy } },
      orderBy: [{ dueDate: "asc" }, { id: "asc" }],
      take: LIMIT,
      select: { memberId: true, request: true, dueDate: true, member: { select: { name: true } } },
    }),
    db.milestone.findMany({
      where: {
        workspaceId: actor.workspaceId,
        doneAt: null,
        dueDate: { lte: dueBy },
        followUp: { ...visibleFollowUps(actor), member: { ...ownReports(actor), archivedAt: null }, status: { in: ["OPEN", "IN_PROGRESS"] } },
      },
      orderBy: [{ dueDate: "asc" }, { id: "asc" }],
      take: LIMIT,
      select: { title: true, dueDate: true, followUp: { select: { memberId: true, member: { select: { name: true } } } } },
    }),
    db.teamMember.findMany({
      where: { ...ownReports(actor), archivedAt: null },
      select: {
        id: true,
        name: true,
        cadenceDays: true,
        createdAt: true,
        conversations: { where: ownNotes(actor), orderBy: { occurredAt: "desc" }, take: 1, select: { occurredAt: true } },
      },
      take: 1000,
    }),
    db.conversationPlan.findMany({
      where: { ...ownReports(actor), member: { ...ownReports(actor), archivedAt: null }, status: "PLANNED", plannedFor: { gte: dayStart, lt: dayEnd } },
      orderBy: { plannedFor: "asc" },
      take: LIMIT,
      select: { memberId: true, plannedFor: true, member: { select: { name: true } } },
    }),
  ]);

  const pastCadence = members.flatMap((member) => {
    const last = member.conversations[0]?.occurredAt;
    // Never talked: the cadence runs from the day they were added.
    const since = daysBetween(localClock(timeZone, last ?? member.createdAt).date, today);
    return since > member.cadenceDays
      ? [{ memberId: member.id, memberName: member.name, daysSince: last ? since : null, cadenceDays: member.cadenceDays }]
      : [];
  });
  pastCadence.sort((a, b) => (b.daysSince ?? Infinity) - (a.daysSince ?? Infinity) || a.memberName.localeCompare(b.memberName));

  return {
    followUps: followUps.flatMap((row) =>
      row.dueDate ? [{ memberId: row.memberId, memberName: row.member.name, request: openNote("FollowUp.request", row.request), dueDate: dueDay(row.dueDate), overdue: dueDay(row.dueDate) < today }] : [],
    ),
    milestones: milestones.flatMap((row) =>
      row.dueDate
        ? [{ memberId: row.followUp.memberId, memberName: row.followUp.member.name, title: openNote("Milestone.title", row.title), dueDate: dueDay(row.dueDate), overdue: dueDay(row.dueDate) < today }]
        : [],
    ),
    pastCadence: pastCadence.slice(0, LIMIT),
    plans: plans.flatMap((row) => (row.plannedFor ? [{ memberId: row.memberId, memberName: row.member.name, plannedFor: row.plannedFor }] : [])),
  };
}
