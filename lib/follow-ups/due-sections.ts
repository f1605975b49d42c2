/** Adds days to a YYYY-MM-DD calendar date. */
export function addDays(date: string, days: number): string {
  const instant = new Date(`${date}T00:00:00Z`);
  instant.setUTCDate(instant.getUTCDate() + days);
  return instant.toISOString().slice(0, 10);
}

/** A due date (stored at midnight UTC) as its calendar date. */
export function dueDay(dueDate: Date): string {
  return dueDate.toISOString().slice(0, 10);
}

export type DueSection = "overdue" | "thisWeek" | "later";

/**
 * Where an open follow-up belongs on the follow-ups page, seen from the manager's `today`:
 * overdue before today, due this week from today to six days on, later after that or undated.
 */
export function dueSection(dueDate: Date | null, today: string): DueSection {
  if (dueDate === null) return "later";
  const day = dueDay(dueDate);
  if (day < today) return "overdue";
  if (day <= addDays(today, 6)) return "thisWeek";
  return "later";
}
