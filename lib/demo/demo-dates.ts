import type { ConversationSetting } from "@/lib/generated/prisma/enums";

// The demo manager works in Tokyo. Japan has no daylight saving time, so a fixed offset
// is exact and keeps these helpers free of time-zone libraries.
const TOKYO_OFFSET_MS = 9 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The Tokyo calendar day `offsetDays` from `now` (negative = earlier), as UTC y/m/d. */
function tokyoDay(now: Date, offsetDays: number): Date {
  const shifted = new Date(now.getTime() + TOKYO_OFFSET_MS + offsetDays * DAY_MS);
  return new Date(Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate()));
}

/** Moves a weekend day to a working day: back to Friday, or forward to Monday. */
function toWeekday(day: Date, direction: "back" | "forward"): Date {
  const weekday = day.getUTCDay();
  if (weekday !== 0 && weekday !== 6) return day;
  const shift = direction === "back" ? (weekday === 6 ? -1 : -2) : weekday === 6 ? 2 : 1;
  return new Date(day.getTime() + shift * DAY_MS);
}

/**
 * A moment on the working day `daysAgo` days before `now`, at a Tokyo wall-clock time.
 * Weekend days move back to the Friday before, so the instant always stays in the past
 * for `daysAgo >= 1`.
 */
export function tokyoWorkdayAt(now: Date, daysAgo: number, hour: number, minute = 0): Date {
  const day = toWeekday(tokyoDay(now, -daysAgo), "back");
  return new Date(day.getTime() + (hour * 60 + minute) * 60 * 1000 - TOKYO_OFFSET_MS);
}

/** A calendar date (for `@db.Date` columns) `inDays` from `now`, moved off weekends. */
export function tokyoDueDate(now: Date, inDays: number): Date {
  return toWeekday(tokyoDay(now, inDays), "forward");
}

/**
 * A plausible first working day about `daysAgo` before `now`: people who joined long ago
 * started at the beginning of a month (after the New Year holidays in January); a recent
 * start keeps its exact day, moved off a weekend.
 */
export function tokyoStartDate(now: Date, daysAgo: number): Date {
  const day = tokyoDay(now, -daysAgo);
  if (daysAgo < 365) return toWeekday(day, "back");
  const firstDay = day.getUTCMonth() === 0 ? 4 : 1;
  return toWeekday(new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), firstDay)), "forward");
}

// When, in a Tokyo office day, each kind of conversation usually happens.
const USUAL_TIME: Record<ConversationSetting, [hour: number, minute: number]> = {
  COFFEE: [10, 30],
  LUNCH: [12, 15],
  WALK: [15, 30],
  ONLINE: [17, 0],
  ONE_ON_ONE: [14, 0],
  OTHER: [18, 30],
};

export function conversationTime(now: Date, daysAgo: number, setting: ConversationSetting): Date {
  const [hour, minute] = USUAL_TIME[setting];
  // A little variation, so the history does not look machine-made.
  return tokyoWorkdayAt(now, daysAgo, hour, minute + (daysAgo % 4) * 5);
}

export function minutesAfter(moment: Date, minutes: number): Date {
  return new Date(moment.getTime() + minutes * 60 * 1000);
}
