import { z } from "zod";
import { isCalendarDate } from "@/lib/members/schemas";
import { MAX_REQUEST_LENGTH, MAX_ACTION_LENGTH, MAX_MILESTONE_LENGTH, MAX_DROP_REASON_LENGTH, MAX_MILESTONES } from "@/lib/follow-ups/limits";
import { plainText } from "@/lib/validation/schemas";

export { MAX_REQUEST_LENGTH, MAX_ACTION_LENGTH, MAX_MILESTONE_LENGTH, MAX_DROP_REASON_LENGTH, MAX_MILESTONES };

const id = z.string().min(1).max(64);

/** An optional YYYY-MM-DD calendar date, stored at midnight UTC (a `@db.Date`). */
const optionalDueDate = plainText()
  .trim()
  .default("")
  .refine((value) => value === "" || isCalendarDate(value), "invalidDate")
  .transform((value) => (value === "" ? null : new Date(`${value}T00:00:00Z`)));

const milestoneSchema = z.object({
  title: plainText().trim().max(MAX_MILESTONE_LENGTH, "tooLong").default(""),
  dueDate: optionalDueDate,
});

/**
 * Form posts flatten milestones into `milestones.0.title`, `milestones.0.dueDate`, …; gather
 * them back into a list, so field errors come back under the same names the form used.
 */
function gatherMilestones(input: unknown): unknown {
  if (typeof input !== "object" || input === null || Array.isArray((input as { milestones?: unknown }).milestones)) return input;
  const rows: Record<string, string>[] = [];
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    const match = /^milestones\.(\d{1,2})\.(title|dueDate)$/.exec(key);
    if (match) (rows[Number(match[1])] ??= {})[match[2] as string] = String(value);
    else rest[key] = value;
  }
  return { ...rest, milestones: rows.map((row) => row ?? {}) };
}

export const followUpInputSchema = z.preprocess(
  gatherMilestones,
  z.object({
    memberId: id,
    conversationId: plainText()
      .max(64)
      .default("")
      .transform((value) => (value === "" ? null : value)),
    request: plainText("required").trim().min(1, "required").max(MAX_REQUEST_LENGTH, "tooLong"),
    action: plainText()
      .trim()
      .max(MAX_ACTION_LENGTH, "tooLong")
      .default("")
      .transform((value) => (value === "" ? null : value)),
    dueDate: optionalDueDate,
    // Rows left empty in the form are not milestones.
    milestones: z
      .array(milestoneSchema)
      .max(MAX_MILESTONES, "tooManyMilestones")
      .default([])
      .transform((rows) => rows.filter((row) => row.title !== "")),
  }),
);

export type FollowUpInput = z.output<typeof followUpInputSchema>;

export const FOLLOW_UP_STATUSES = ["OPEN", "IN_PROGRESS", "DONE", "DROPPED"] as const;

/** A status change; dropping needs a reason the manager can later tell the report. */
export const statusChangeSchema = z
  .object({
    followUpId: id,
    status: z.enum(FOLLOW_UP_STATUSES, "invalid"),
    reason: plainText().trim().max(MAX_DROP_REASON_LENGTH, "tooLong").default(""),
  })
  .superRefine((value, context) => {
    if (value.status === "DROPPED" && value.reason === "") {
      context.addIssue({ code: "custom", path: ["reason"], message: "dropReasonRequired" });
    }
  })
  .transform(({ reason, ...rest }) => ({ ...rest, reason: rest.status === "DROPPED" ? reason : null }));

export type StatusChange = z.output<typeof statusChangeSchema>;

export const milestoneToggleSchema = z.object({
  milestoneId: id,
  done: z.union([z.boolean(), z.enum(["true", "false"]).transform((value) => value === "true")]),
});

export const addMilestoneSchema = z.object({
  followUpId: id,
  title: plainText("required").trim().min(1, "required").max(MAX_MILESTONE_LENGTH, "tooLong"),
  dueDate: optionalDueDate,
});
