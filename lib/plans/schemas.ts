import { z } from "zod";
import { SETTINGS } from "@/lib/conversations/schemas";
import { DEPTHS } from "@/lib/insights/topics";
import { isCalendarDate } from "@/lib/members/schemas";
import { MAX_PLAN_INTENTION_LENGTH, MAX_AGENDA_LENGTH, MAX_PLAN_QUESTIONS } from "@/lib/plans/limits";

export { MAX_PLAN_INTENTION_LENGTH, MAX_AGENDA_LENGTH, MAX_PLAN_QUESTIONS };
import { plainText } from "@/lib/validation/schemas";

/** The three suggested, kept or swapped; a little room for a manager who keeps a few more. */

const id = z.string().min(1).max(64);

/**
 * A planned conversation, as the plan form sends it (FormData: question ids arrive as one
 * comma-separated field). The intention is required: naming why you want the conversation is
 * the point of planning it (DOMAIN.md, "Intention").
 */
export const planInputSchema = z.object({
  memberId: id,
  depth: z.enum(DEPTHS, "required"),
  intention: plainText("required").trim().min(1, "required").max(MAX_PLAN_INTENTION_LENGTH, "tooLong"),
  setting: z.union([z.literal("").transform(() => null), z.null(), z.enum(SETTINGS, "required")]).default(null),
  plannedOn: plainText("required").refine(isCalendarDate, "invalidDate"),
  agenda: plainText()
    .trim()
    .max(MAX_AGENDA_LENGTH, "tooLong")
    .transform((value) => value || null)
    .nullable()
    .default(null),
  questionIds: z
    .union([z.string().transform((value) => value.split(",").filter(Boolean)), z.array(z.string())])
    .pipe(z.array(id).max(MAX_PLAN_QUESTIONS, "invalid"))
    .transform((ids) => [...new Set(ids)])
    .default([]),
});

export type PlanInput = z.output<typeof planInputSchema>;
