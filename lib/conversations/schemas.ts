import { z } from "zod";
import { DEPTHS } from "@/lib/insights/topics";
import { isCalendarDate } from "@/lib/members/schemas";
import { SETTINGS, MAX_INSIGHTS, MAX_INSIGHT_LENGTH, MAX_TOPIC_LENGTH, MAX_INTENTION_LENGTH, MAX_DURATION_MINUTES } from "@/lib/conversations/limits";
import { plainText } from "@/lib/validation/schemas";

export { SETTINGS, MAX_INSIGHTS, MAX_INSIGHT_LENGTH, MAX_TOPIC_LENGTH, MAX_INTENTION_LENGTH, MAX_DURATION_MINUTES };

export const insightInputSchema = z.object({
  depth: z.enum(DEPTHS, "required"),
  topic: plainText("required").trim().min(1, "required").max(MAX_TOPIC_LENGTH, "tooLong"),
  text: plainText("required").trim().min(1, "insightEmpty").max(MAX_INSIGHT_LENGTH, "tooLong"),
});

/**
 * A logged conversation, as the form sends it. `today` is the manager's calendar date in their
 * own time zone: a conversation cannot have happened after it.
 */
export function conversationInputSchema(today: string) {
  return z.object({
    clientRequestId: z.uuid(),
    memberId: z.string().min(1).max(64),
    occurredOn: z
      .string("required")
      .refine(isCalendarDate, "invalidDate")
      .refine((date) => date <= today, "dateInFuture"),
    setting: z.enum(SETTINGS, "required"),
    durationMinutes: z.union([
      z.literal("").transform(() => null),
      z.null(),
      z.coerce.number("invalidNumber").int("invalidNumber").min(1, "durationRange").max(MAX_DURATION_MINUTES, "durationRange"),
    ]),
    openness: z.coerce.number("opennessRange").int("opennessRange").min(1, "opennessRange").max(5, "opennessRange"),
    volunteered: z.boolean().default(false),
    pulledBackAt: z.enum(DEPTHS).nullable().default(null),
    intention: plainText()
      .trim()
      .max(MAX_INTENTION_LENGTH, "tooLong")
      .transform((value) => value || null)
      .nullable()
      .default(null),
    insights: z.array(insightInputSchema).max(MAX_INSIGHTS, "tooManyInsights").default([]),
    /** The plan this conversation carries out, if it was logged from one (issue #4). */
    planId: z.union([z.literal("").transform(() => null), z.string().max(64)]).nullable().default(null),
  });
}

export type ConversationInput = z.output<ReturnType<typeof conversationInputSchema>>;

/** Editing a logged conversation: its own answers; its insights are edited one by one. */
export function conversationEditSchema(today: string) {
  return conversationInputSchema(today)
    .omit({ clientRequestId: true, memberId: true, insights: true, planId: true })
    .extend({ conversationId: z.string().min(1).max(64) });
}

export type ConversationEdit = z.output<ReturnType<typeof conversationEditSchema>>;

/** The calendar date (YYYY-MM-DD) of an instant in a time zone: by default, today. */
export function calendarDate(timeZone: string, instant = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(instant);
}

/**
 * A calendar date as the instant stored for it: noon UTC, so the date reads the same in every
 * time zone from UTC−11 to UTC+11.
 */
export function occurredAtFor(date: string): Date {
  return new Date(`${date}T12:00:00Z`);
}
