"use client";

import { useTranslations } from "next-intl";
import { type ChangeEvent, type FormEvent, useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { Field } from "@/components/ui/field";
import { Input, inputClassName } from "@/components/ui/input";
import { decodeCsvBytes } from "@/lib/members/csv-import-file";
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from "@/lib/members/csv-import-limits";

export type CsvSource = "file" | "paste";

type Props = {
  pending: boolean;
  /** A problem with the file, shown under the control it came from. */
  error: { source: CsvSource; message: string } | null;
  onText: (csv: string, source: CsvSource) => void;
  onProblem: (source: CsvSource, message: string) => void;
  /** The pasted text changed: a preview of the old text no longer applies. */
  onEdit: () => void;
};

/** Where the CSV comes from: a file (previewed as soon as it is chosen), or pasted text. */
export function CsvImportSource({ pending, error, onText, onProblem, onEdit }: Props) {
  const t = useTranslations("import");
  const [pasted, setPasted] = useState("");
  const errorsOf = (source: CsvSource) => (error?.source === source ? [error.message] : undefined);

  async function onFileChange(event: ChangeEvent<HTMLInputElement>) {
    const file = event.currentTarget.files?.[0];
    if (!file) return;
    // Checked here because the server never receives a body this large: it would look like a network failure.
    if (file.size > MAX_IMPORT_BYTES) return onProblem("file", t("fileErrors.tooLarge"));
    const text = decodeCsvBytes(new Uint8Array(await file.arrayBuffer()));
    if (text === null) return onProblem("file", t("fileErrors.encoding"));
    onText(text, "file");
  }

  function onPasteSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    if (new TextEncoder().encode(pasted).length > MAX_IMPORT_BYTES) return onProblem("paste", t("fileErrors.tooLarge"));
    onText(pasted, "paste");
  }

  return (
    <Card aria-labelledby="csv-source-title" className="space-y-5">
      <h2 id="csv-source-title" className="text-lg font-semibold">
        {t("sourceTitle")}
      </h2>
      <Field label={t("fileLabel")} hint={t("fileHint", { maxRows: MAX_IMPORT_ROWS })} errors={errorsOf("file")}>
        <Input
          type="file"
          name="file"
          accept=".csv,text/csv"
          disabled={pending}
          onChange={onFileChange}
          className="file:mr-3 file:rounded-md file:border-0 file:bg-muted file:px-3 file:py-1.5 file:text-sm file:font-medium file:text-foreground"
        />
      </Field>
      <form onSubmit={onPasteSubmit} noValidate className="space-y-3 border-t border-border pt-5">
        <Field label={t("pasteLabel")} hint={t("pasteHint")} errors={errorsOf("paste")}>
          <textarea
            name="csv"
            rows={5}
            spellCheck={false}
            value={pasted}
            onChange={(event) => {
              setPasted(event.target.value);
              onEdit();
            }}
            className={cn(inputClassName, "min-h-28 font-mono text-sm")}
          />
        </Field>
        <Button type="submit" variant="secondary" disabled={pending || pasted.trim() === ""}>
          {t("previewButton")}
        </Button>
      </form>
      {pending && (
        <p role="status" className="text-sm text-muted-foreground">
          {t("reading")}
        </p>
      )}
    </Card>
  );
}
