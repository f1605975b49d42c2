import "server-only";
import ical, { ICalCalendarMethod } from "ical-generator";
import { openNote } from "@/lib/crypto/note-cipher";
import { db } from "@/lib/db";
import { appUrl } from "@/lib/email/app-url";
import { translatorFor } from "@/lib/email/translator";
import { visibleFollowUps } from "@/lib/follow-ups/follow-up-scope";
import { type Actor, ownReports } from "@/lib/members/actor";

/** A planned conversation without an end takes this long in the calendar. */
const PLANNED_MINUTES = 30;
/** Old events leave the feed, so it stays small for calendar apps that poll it. */
const PAST_DAYS = 60;
const LIMIT = 500;

/**
 * The manager's calendar: planned conversations and the due dates of open follow-ups and
 * their milestones. Only names and follow-up titles, never note text (no intention, agenda or
 * insight): a calendar is synced to other companies' servers. UIDs are stable per row, so
 * a calendar app updates an event when a date moves instead of adding a second one.
 */
export async function buildCalendarFeed(owner: Actor & { locale: string }, now = new Date()): Promise<string> {
  const { t } = await translatorFor(owner.locale, "calendarFeed");
  const since = new Date(now.getTime() - PAST_DAYS * 24 * 60 * 60 * 1000);
  const [plans, followUps, milestones] = await Promise.all([
    db.conversationPlan.findMany({
      where: { ...ownReports(owner), member: ownReports(owner), status: "PLANNED", plannedFor: { gte: since } },
      orderBy: { plannedFor: "asc" },
      take: LIMIT,
      select: { id: true, memberId: true, plannedFor: true, updatedAt: true, member: { select: { name: true } } },
    }),
    db.followUp.findMany({
      where: { ...visibleFollowUps(owner), status: { in: ["OPEN", "IN_PROGRESS"] }, dueDate: { gte: since } },
      orderBy: { dueDate: "asc" },
      take: LIMIT,
      select: { id: true, memberId: true, request: true, dueDate: true, updatedAt: true, member: { select: { name: true } } },
    }),
    db.milestone.findMany({
      where: {
        workspaceId: owner.workspaceId,
        doneAt: null,
        dueDate: { gte: since },
        followUp: { ...visibleFollowUps(owner), status: { in: ["OPEN", "IN_PROGRESS"] } },
      },
      orderBy: { dueDate: "asc" },
      take: LIMIT,
      select: { id: true, title: true, dueDate: true, followUp: { select: { memberId: true, request: true, member: { select: { name: true } } } } },
    }),
  ]);

  const calendar = ical({
    name: t("name"),
    prodId: { company: "Innerview", product: "Innerview", language: owner.locale.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
    ttl: 60 * 60,
  });
  const profile = (memberId: string) => appUrl(`/team/${encodeURIComponent(memberId)}`);

  for (const plan of plans) {
    if (!plan.plannedFor) continue;
    calendar.createEvent({
      id: `plan-${plan.id}@innerview`,
      start: plan.plannedFor,
      end: new Date(plan.plannedFor.getTime() + PLANNED_MINUTES * 60 * 1000),
      summary: t("plan", { name: plan.member.name }),
      url: profile(plan.memberId),
      stamp: plan.updatedAt,
    });
  }
  for (const followUp of followUps) {
    if (!followUp.dueDate) continue;
    calendar.createEvent({
      id: `follow-up-${followUp.id}@innerview`,
      // Due dates are calendar dates (midnight UTC): all-day events on that date everywhere.
      start: followUp.dueDate,
      allDay: true,
      summary: t("followUpDue", { name: followUp.member.name, request: openNote("FollowUp.request", followUp.request) }),
      url: profile(followUp.memberId),
      stamp: followUp.updatedAt,
    });
  }
  for (const milestone of milestones) {
    if (!milestone.dueDate) continue;
    calendar.createEvent({
      id: `milestone-${milestone.id}@innerview`,
      start: milestone.dueDate,
      allDay: true,
      summary: t("milestoneDue", { name: milestone.followUp.member.name, title: openNote("Milestone.title", milestone.title) }),
      url: profile(milestone.followUp.memberId),
      stamp: now,
    });
  }
  return calendar.toString();
}
