import "server-only";
import ical from "ical-generator";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/members/actor";
import { ownPlans } from "@/lib/plans/plan-access";
import { isPlainText } from "@/lib/validation/schemas";

/** One of the actor's plans with a date, as the calendar event needs it; null for anything else. */
export async function getPlanForCalendar(actor: Actor, planId: string) {
  // An id from the URL with NUL or a lone surrogate cannot be sent to Postgres: no such plan.
  if (!isPlainText(planId)) return null;
  return db.conversationPlan.findFirst({
    where: { id: planId, ...ownPlans(actor), status: "PLANNED", plannedFor: { not: null } },
    select: { id: true, plannedFor: true, member: { select: { id: true, name: true } } },
  });
}

/**
 * A plan as an all-day calendar event. Deliberately neutral: the report's name and a plain
 * title only. The intention, agenda and questions are sensitive notes about a person, and a
 * calendar is shared, synced to other services and shown on lock screens — they stay in
 * Innerview, behind the sign-in.
 */
export function planCalendarEvent(plan: { id: string; plannedFor: Date }, summary: string, calendarName: string): string {
  const calendar = ical({ name: calendarName });
  calendar.createEvent({
    id: `plan-${plan.id}@innerview`,
    // Stored at noon UTC for its calendar date: an all-day event on that date.
    start: plan.plannedFor,
    allDay: true,
    summary,
  });
  return calendar.toString();
}
