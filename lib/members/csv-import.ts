import { ReportIndex, type ReportIdentity } from "@/lib/members/csv-import-duplicates";
import { type CsvProblem, parseMembersCsv } from "@/lib/members/parse-members-csv";
import type { ImportedMember, RowIssue, RowValues } from "@/lib/members/parse-members-csv-row";

// What importing a file would do, decided without a database: the caller passes the manager's
// reports. Used for the preview, and again inside the import's transaction.

export type ImportRowStatus = "new" | "existing" | "archived" | "duplicate" | "invalid";

export type ImportPlanRow = {
  row: number;
  values: RowValues;
  status: ImportRowStatus;
  /** For "duplicate": the earlier row of the same file this one repeats. */
  duplicateOfRow: number | null;
  issues: RowIssue[];
};

export type ImportPlan =
  | { ok: true; rows: ImportPlanRow[]; toAdd: ImportedMember[]; ignoredColumns: string[] }
  | { ok: false; problem: CsvProblem };

export type ImportCounts = Record<ImportRowStatus, number>;

/** A report the manager already has; an archived one is not brought back by an import either. */
export type ExistingReport = ReportIdentity & { archivedAt: Date | null };

export function planMembersImport(csv: string, existingReports: ExistingReport[]): ImportPlan {
  const parsed = parseMembersCsv(csv);
  if (!parsed.ok) return parsed;

  type Known = { kind: "existing"; archived: boolean } | { kind: "row"; row: number };
  const known = new ReportIndex<Known>();
  for (const report of existingReports) known.add(report, { kind: "existing", archived: report.archivedAt !== null });

  const toAdd: ImportedMember[] = [];
  const rows = parsed.rows.map(({ row, values, ...check }): ImportPlanRow => {
    // A row with errors is never imported, so it cannot make a later row a duplicate either.
    if (!check.ok) return { row, values, status: "invalid", duplicateOfRow: null, issues: check.issues };
    const same = known.find(check.member);
    if (same?.kind === "existing") {
      return { row, values, status: same.archived ? "archived" : "existing", duplicateOfRow: null, issues: [] };
    }
    if (same?.kind === "row") return { row, values, status: "duplicate", duplicateOfRow: same.row, issues: [] };
    known.add(check.member, { kind: "row", row });
    toAdd.push(check.member);
    return { row, values, status: "new", duplicateOfRow: null, issues: [] };
  });
  return { ok: true, rows, toAdd, ignoredColumns: parsed.ignoredColumns };
}

export function countByStatus(rows: ImportPlanRow[]): ImportCounts {
  const counts: ImportCounts = { new: 0, existing: 0, archived: 0, duplicate: 0, invalid: 0 };
  for (const { status } of rows) counts[status] += 1;
  return counts;
}
