"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import type { ImportPreview } from "@/app/(app)/team/import/describe-import";
import { CsvImportTable } from "@/components/team/csv-import-table";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

type Props = { preview: ImportPreview; pending: boolean; onConfirm: () => void; onCancel: () => void };

export function CsvImportPreview({ preview, pending, onConfirm, onCancel }: Props) {
  const t = useTranslations("import");
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { counts, rows, ignoredColumns } = preview;
  const invalidRows = rows.filter((row) => row.status === "invalid");

  // Keyboard and screen-reader users land on the preview, not back at the top of the page.
  useEffect(() => headingRef.current?.focus(), [preview]);

  return (
    <Card aria-labelledby="csv-preview-title" className="space-y-4">
      <h2 id="csv-preview-title" ref={headingRef} tabIndex={-1} className="text-lg font-semibold focus:outline-none">
        {t("previewTitle")}
      </h2>
      <ul className="flex flex-wrap gap-2 text-sm font-medium">
        <li className="rounded-full bg-accent px-3 py-1">{t("counts.new", { count: counts.new })}</li>
        <li className="rounded-full bg-muted px-3 py-1">{t("counts.skipped", { count: counts.existing + counts.archived + counts.duplicate })}</li>
        {counts.invalid > 0 && (
          <li className="rounded-full bg-danger-soft px-3 py-1 text-danger">{t("counts.invalid", { count: counts.invalid })}</li>
        )}
      </ul>
      {ignoredColumns.length > 0 && (
        <p className="text-sm text-muted-foreground">{t("ignoredColumns", { columns: ignoredColumns.join(", ") })}</p>
      )}

      {invalidRows.length > 0 && (
        <section aria-labelledby="csv-errors-title" className="space-y-2 rounded-lg bg-danger-soft p-3 text-sm">
          <h3 id="csv-errors-title" className="font-semibold text-danger">
            {t("errorsTitle", { count: invalidRows.length })}
          </h3>
          <ul className="list-disc space-y-1 pl-5">
            {invalidRows.flatMap((row) =>
              row.errors.map(({ field, message }) => (
                <li key={`${row.row}-${field}`}>{t("rowError", { row: row.row, field: t(`fields.${field}`), message })}</li>
              )),
            )}
          </ul>
          <p>{t("errorsHelp")}</p>
        </section>
      )}

      <div className="flex flex-col gap-2 sm:flex-row">
        <Button type="button" onClick={onConfirm} disabled={pending || counts.new === 0}>
          {pending ? t("importing") : counts.new === 0 ? t("nothingToImport") : t("confirm", { count: counts.new })}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel} disabled={pending}>
          {t("chooseAnother")}
        </Button>
      </div>

      <CsvImportTable rows={rows} />
    </Card>
  );
}
