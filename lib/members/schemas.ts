import { z } from "zod";
import { MAX_CADENCE_DAYS, MIN_CADENCE_DAYS } from "@/lib/team/cadence";
import { plainText } from "@/lib/validation/schemas";

const optionalText = (max: number) =>
  plainText()
    .trim()
    .max(max, "tooLong")
    .transform((value) => (value === "" ? null : value))
    .nullable()
    .default(null);

/** A real YYYY-MM-DD date: 2024-02-30 is not one, though JavaScript would roll it into March. */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Today in UTC as YYYY-MM-DD: start dates are calendar dates, not instants. */
const todayIso = () => new Date().toISOString().slice(0, 10);

export const memberInputSchema = z.object({
  name: plainText("required").trim().min(1, "required").max(100, "tooLong"),
  jobTitle: optionalText(100),
  team: optionalText(100),
  startDate: plainText()
    .trim()
    .transform((value) => (value === "" ? null : value))
    .nullable()
    .default(null)
    .refine((value) => value === null || isCalendarDate(value), "invalidDate")
    .refine((value) => value === null || value <= todayIso(), "dateInFuture")
    .transform((value) => (value === null ? null : new Date(`${value}T00:00:00Z`))),
});

export type MemberInput = z.output<typeof memberInputSchema>;

/** How often to talk with a report, in whole days (1–365). Forms send it as text. */
export const cadenceDaysSchema = z
  .union([z.number(), z.string().trim()], "cadenceRange")
  .transform((value) => (typeof value === "number" ? value : /^\d{1,4}$/.test(value) ? Number(value) : Number.NaN))
  .pipe(z.number("cadenceRange").int("cadenceRange").min(MIN_CADENCE_DAYS, "cadenceRange").max(MAX_CADENCE_DAYS, "cadenceRange"));

/**
 * A report as the add and edit forms send it: the fields the CSV import shares, and the cadence.
 * The cadence stays out of `memberInputSchema`, so an import never touches it.
 */
export const memberFormSchema = memberInputSchema.extend({ cadenceDays: cadenceDaysSchema });

export type MemberFormInput = z.output<typeof memberFormSchema>;

/**
 * A report's work email, optional (the CSV import fills it; the add form does not ask for it).
 * Lower-cased like every email in Innerview; "" means none.
 */
export const memberEmailSchema = plainText()
  .trim()
  .max(254, "tooLong")
  .refine((value) => value === "" || z.email().safeParse(value).success, "invalidEmail")
  .transform((value) => (value === "" ? null : value.toLowerCase()));
