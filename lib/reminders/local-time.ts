/** The wall clock in a time zone: its calendar date (YYYY-MM-DD) and minutes since midnight. */
export function localClock(timeZone: string, now: Date): { date: string; minutes: number } {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(now);
  const part = (type: string) => parts.find((item) => item.type === type)?.value ?? "00";
  return { date: `${part("year")}-${part("month")}-${part("day")}`, minutes: Number(part("hour")) * 60 + Number(part("minute")) };
}

/** The instant a local calendar date begins in a time zone (DST-safe: corrected twice). */
export function startOfLocalDay(date: string, timeZone: string): Date {
  const target = Date.parse(`${date}T00:00:00Z`);
  let guess = target;
  for (let step = 0; step < 2; step++) {
    const clock = localClock(timeZone, new Date(guess));
    const shown = Date.parse(`${clock.date}T00:00:00Z`) + clock.minutes * 60 * 1000;
    guess += target - shown;
  }
  return new Date(guess);
}

/** Whole days from one calendar date to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / (24 * 60 * 60 * 1000));
}

/** "08:30" for 510 minutes: how the settings show the digest time. */
export function minutesToTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}
