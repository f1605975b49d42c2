"use client";

import { CircleAlert, CircleCheck, CircleMinus } from "lucide-react";
import { useTranslations } from "next-intl";
import type { PreviewRow } from "@/app/(app)/team/import/describe-import";
import { cn } from "@/components/ui/cn";
import { IMPORT_FIELDS, type ImportField } from "@/lib/members/parse-members-csv-row";

const cell = "px-3 py-2 align-top";
// From lg up each field has its own column; on a phone the fields and the status stack in one
// "Report" cell, so the table never scrolls sideways. Hidden cells are display:none, so screen
// readers skip them too.
const wide = "hidden lg:table-cell";
const narrow = "lg:hidden";
// Long emails have no spaces to wrap at.
const unbreakable = "[overflow-wrap:anywhere]";

function Status({ row }: { row: PreviewRow }) {
  const t = useTranslations("import");
  if (row.status === "new") {
    return (
      <span className="inline-flex items-center gap-1.5 font-medium text-primary">
        <CircleCheck aria-hidden className="size-4 shrink-0" />
        {t("status.new")}
      </span>
    );
  }
  if (row.status !== "invalid") {
    return (
      <span className="inline-flex items-center gap-1.5 text-muted-foreground">
        <CircleMinus aria-hidden className="size-4 shrink-0" />
        {row.status === "duplicate" ? t("status.duplicate", { row: row.duplicateOfRow ?? "" }) : t(`status.${row.status}`)}
      </span>
    );
  }
  return (
    <div className="space-y-1 text-danger">
      <span className="inline-flex items-center gap-1.5 font-medium">
        <CircleAlert aria-hidden className="size-4 shrink-0" />
        {t("status.invalid")}
      </span>
      <ul className="space-y-0.5 text-sm">
        {row.errors.map(({ field, message }) => (
          <li key={field}>{t("fieldError", { field: t(`fields.${field}`), message })}</li>
        ))}
      </ul>
    </div>
  );
}

export function CsvImportTable({ rows }: { rows: PreviewRow[] }) {
  const t = useTranslations("import");
  const hasError = (row: PreviewRow, field: ImportField) => row.errors.some((error) => error.field === field);
  const details: ImportField[] = ["jobTitle", "team", "startDate", "email"];

  return (
    <table className="w-full border-collapse text-left text-sm">
      <caption className="sr-only">{t("table.caption")}</caption>
      <thead className="border-b border-border text-muted-foreground">
        <tr>
          <th scope="col" className={cn(cell, "w-12 font-medium whitespace-nowrap")}>
            {t("table.row")}
          </th>
          <th scope="col" className={cn(cell, narrow, "font-medium")}>
            {t("table.report")}
          </th>
          {IMPORT_FIELDS.map((field) => (
            <th key={field} scope="col" className={cn(cell, wide, "font-medium whitespace-nowrap")}>
              {t(`fields.${field}`)}
            </th>
          ))}
          <th scope="col" className={cn(cell, wide, "font-medium whitespace-nowrap")}>
            {t("table.status")}
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-border">
        {rows.map((row) => (
          <tr key={row.row} className={cn(row.status === "invalid" && "bg-danger-soft/40")}>
            <th scope="row" className={cn(cell, "font-medium tabular-nums")}>
              {row.row}
            </th>
            <td className={cn(cell, narrow, unbreakable, "space-y-1")}>
              <span className={cn("block font-medium", hasError(row, "name") && "text-danger")}>
                {row.values.name || t("table.noName")}
              </span>
              {details.some((field) => row.values[field]) && (
                <span className="block text-muted-foreground">
                  {details.map((field) => row.values[field]).filter(Boolean).join(" · ")}
                </span>
              )}
              <Status row={row} />
            </td>
            {IMPORT_FIELDS.map((field) => (
              <td
                key={field}
                className={cn(
                  cell,
                  wide,
                  field === "name" && "font-medium",
                  // Japanese wraps between any two characters: keep a few on each line.
                  field === "email" ? cn(unbreakable, "min-w-32") : "min-w-24 break-words",
                  field === "startDate" && "whitespace-nowrap",
                  hasError(row, field) && "text-danger underline decoration-dotted",
                )}
              >
                {field === "name" && !row.values.name ? <span className="text-danger">{t("table.noName")}</span> : row.values[field]}
              </td>
            ))}
            <td className={cn(cell, wide, "min-w-44")}>
              <Status row={row} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
