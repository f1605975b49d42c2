/**
 * How often a manager wants to talk with a report (their cadence), and how due the next
 * conversation is. Pure: `now` is an argument. The SQL in `list-due-members.ts` orders by the
 * same rule (`overdueRatio`), so a change here must be mirrored there.
 */

export const DAY_MS = 24 * 60 * 60 * 1000;

/** The choices the form offers, in days: every week, 2 weeks, 3 weeks, month, 6 weeks, quarter. */
export const CADENCE_PRESETS = [7, 14, 21, 30, 42, 90] as const;
export const DEFAULT_CADENCE_DAYS = 14;
export const MIN_CADENCE_DAYS = 1;
export const MAX_CADENCE_DAYS = 365;

export function isCadencePreset(days: number): boolean {
  return (CADENCE_PRESETS as readonly number[]).includes(days);
}

export type DueStatus =
  /** No conversation yet: the first one is due now. */
  | { kind: "never" }
  /** `days` until the next conversation is due (1 or more). */
  | { kind: "upcoming"; days: number }
  /** Due today. */
  | { kind: "today" }
  /** Due `days` ago (1 or more). */
  | { kind: "overdue"; days: number };

/**
 * Midnight UTC of the calendar date `now` falls on in `timeZone`: today as the user lives it.
 * Conversations are calendar dates (stored at noon UTC, see `occurredAtFor`), so "today" is
 * counted in dates too: one logged for today counts at once, whatever the hour.
 */
export function todayIn(timeZone: string, now: Date): Date {
  const date = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
  return new Date(`${date}T00:00:00Z`);
}

/**
 * Whole calendar days from the last conversation's date to `today` (never negative). Whole
 * days, so that two reports talked with on the same day and with the same cadence are equally
 * due, and open follow-ups decide between them.
 */
export function daysSince(lastConversationAt: Date, today: Date): number {
  const lastDay = Date.UTC(lastConversationAt.getUTCFullYear(), lastConversationAt.getUTCMonth(), lastConversationAt.getUTCDate());
  return Math.max(Math.round((today.getTime() - lastDay) / DAY_MS), 0);
}

export function dueStatus(lastConversationAt: Date | null, cadenceDays: number, today: Date): DueStatus {
  if (lastConversationAt === null) return { kind: "never" };
  const untilDue = cadenceDays - daysSince(lastConversationAt, today);
  if (untilDue > 0) return { kind: "upcoming", days: untilDue };
  if (untilDue === 0) return { kind: "today" };
  return { kind: "overdue", days: -untilDue };
}

export function isDue(status: DueStatus): boolean {
  return status.kind !== "upcoming";
}

/**
 * How overdue relative to the cadence: days since the last conversation divided by the cadence
 * (1 = due today, 2 = twice the cadence has passed). A report never talked with is the most
 * overdue of all: the first conversation is where an innerview starts.
 */
export function overdueRatio(lastConversationAt: Date | null, cadenceDays: number, today: Date): number {
  if (lastConversationAt === null) return Number.POSITIVE_INFINITY;
  return daysSince(lastConversationAt, today) / cadenceDays;
}

/**
 * The instant the trust engine reads the team at: `now`, or noon UTC today if that is later,
 * so that a conversation logged for today (stored at noon UTC) counts on the team page at once.
 */
export function engineNow(today: Date, now: Date): Date {
  return new Date(Math.max(now.getTime(), today.getTime() + DAY_MS / 2));
}

export type DueCandidate = { name: string; ratio: number; openFollowUps: number };

/** Most overdue first; ties by more open follow-ups, then by name in the user's locale. */
export function compareDue(collator: Intl.Collator) {
  return (a: DueCandidate, b: DueCandidate): number => {
    if (a.ratio !== b.ratio) return a.ratio > b.ratio ? -1 : 1;
    return b.openFollowUps - a.openFollowUps || collator.compare(a.name, b.name);
  };
}
