import { z } from "zod";
import { memberEmailSchema, memberInputSchema } from "@/lib/members/schemas";

// One row of a members CSV, validated with the same rules as the add form (memberInputSchema),
// plus what only a file brings: an email, and dates written the way spreadsheets write them.

export const IMPORT_FIELDS = ["name", "jobTitle", "team", "startDate", "email"] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** A row's cells as written in the file (trimmed), by field; "" when the column is absent. */
export type RowValues = Record<ImportField, string>;

/** Why a cell was refused: a translation key under `import.rowErrors`, and its limit if any. */
export type RowIssue = { field: ImportField; code: string; max?: number };

const DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;

/**
 * 2024-04-01, 2024/04/01 or 2024/4/1 (how Japanese Excel writes dates) as 2024-04-01, or null
 * when it is not a real calendar day: 2024-02-30 must be refused, not turned into 1 March.
 */
export function toIsoDate(value: string): string | null {
  const match = DATE.exec(value.normalize("NFKC"));
  if (!match) return null;
  const [, year = "", month = "", day = ""] = match;
  const iso = `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) ? iso : null;
}

const startDateSchema = z
  .string()
  .trim()
  .refine((value) => value === "" || toIsoDate(value) !== null, "invalidDate")
  // The add form's own rule from here on (not in the future, stored as a calendar date), with
  // the ISO form it expects.
  .transform((value, ctx) => {
    const parsed = memberInputSchema.shape.startDate.safeParse(value === "" ? "" : toIsoDate(value));
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", message: issue.message });
    return z.NEVER;
  });

const importedMemberSchema = memberInputSchema.extend({
  startDate: startDateSchema,
  // Full-width characters (＠, ｅ) are common when an address was typed in a Japanese IME.
  email: z.string().transform((value) => value.normalize("NFKC")).pipe(memberEmailSchema),
});

export type ImportedMember = z.output<typeof importedMemberSchema>;

export type RowCheck = { ok: true; member: ImportedMember } | { ok: false; issues: RowIssue[] };

function isImportField(value: unknown): value is ImportField {
  return (IMPORT_FIELDS as readonly unknown[]).includes(value);
}

export function checkRow(values: RowValues): RowCheck {
  const parsed = importedMemberSchema.safeParse(values);
  if (parsed.success) return { ok: true, member: parsed.data };
  const issues: RowIssue[] = [];
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if (!isImportField(field)) continue;
    const max = "maximum" in issue ? Number(issue.maximum) : undefined;
    // One message per field is enough to fix a cell; zod may report the same field twice.
    if (!issues.some((known) => known.field === field)) {
      issues.push(max === undefined ? { field, code: issue.message } : { field, code: issue.message, max });
    }
  }
  return { ok: false, issues };
}
