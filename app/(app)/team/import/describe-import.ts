import "server-only";
import { getTranslations } from "next-intl/server";
import { countByStatus, type ImportCounts, type ImportPlanRow, type ImportPlan } from "@/lib/members/csv-import";
import type { CsvProblem } from "@/lib/members/parse-members-csv";
import type { ImportField, RowIssue } from "@/lib/members/parse-members-csv-row";

// The import's codes in the manager's language, on the server like every other error message.

type Translate = Awaited<ReturnType<typeof getTranslations<"import">>>;

export type PreviewRow = Omit<ImportPlanRow, "issues"> & { errors: { field: ImportField; message: string }[] };

/** What the preview shows: every row of the file and what importing it would do. */
export type ImportPreview = { rows: PreviewRow[]; counts: ImportCounts; ignoredColumns: string[] };

function describeIssue(t: Translate, { code, max }: RowIssue): string {
  const key = t.has(`rowErrors.${code}`) ? `rowErrors.${code}` : "rowErrors.invalid";
  return t(key, { max: String(max ?? "") });
}

export async function describeProblem(problem: CsvProblem): Promise<string> {
  const t = await getTranslations("import");
  const { code, ...values } = problem;
  return t(`fileErrors.${code}`, values);
}

export async function describePlan(plan: Extract<ImportPlan, { ok: true }>): Promise<ImportPreview> {
  const t = await getTranslations("import");
  const rows = plan.rows.map(({ issues, ...row }) => ({
    ...row,
    errors: issues.map((issue) => ({ field: issue.field, message: describeIssue(t, issue) })),
  }));
  return { rows, counts: countByStatus(plan.rows), ignoredColumns: plan.ignoredColumns };
}
