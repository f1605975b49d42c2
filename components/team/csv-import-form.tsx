"use client";

import { useTranslations } from "next-intl";
import { type ReactNode, useState } from "react";
import { confirmImportAction, type ImportResult, previewImportAction } from "@/app/(app)/team/import/actions";
import type { ImportPreview } from "@/app/(app)/team/import/describe-import";
import { CsvImportPreview } from "@/components/team/csv-import-preview";
import { CsvImportResult } from "@/components/team/csv-import-result";
import { type CsvSource, CsvImportSource } from "@/components/team/csv-import-source";
import { FormMessage } from "@/components/ui/form-message";

type Step =
  | { name: "choose" }
  | { name: "preview"; csv: string; preview: ImportPreview }
  | { name: "done"; result: ImportResult };

/**
 * Choose a file (or paste rows) → preview → confirm. The text previewed is kept and sent again on
 * confirm, where the server checks it anew: the preview itself is never sent back.
 */
/** `help` (the file format) sits beside the file input on wide screens, under it on a phone. */
export function CsvImportForm({ help }: { help: ReactNode }) {
  const tErrors = useTranslations("errors");
  const [step, setStep] = useState<Step>({ name: "choose" });
  const [pending, setPending] = useState<"preview" | "confirm" | null>(null);
  const [sourceError, setSourceError] = useState<{ source: CsvSource; message: string } | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  // A new key empties the file input, so choosing the same file again previews it again.
  const [sourceKey, setSourceKey] = useState(0);

  async function preview(csv: string, source: CsvSource) {
    setPending("preview");
    setSourceError(null);
    setFormError(null);
    try {
      const result = await previewImportAction(toFormData(csv));
      if (result.ok) setStep({ name: "preview", csv, preview: result.data });
      else {
        setStep({ name: "choose" });
        const message = result.fieldErrors.csv?.join(" ");
        if (message) setSourceError({ source, message });
        setFormError(result.formError);
      }
    } catch {
      setFormError(tErrors("network"));
    } finally {
      setPending(null);
    }
  }

  async function confirm(csv: string) {
    if (pending) return;
    setPending("confirm");
    setFormError(null);
    try {
      const result = await confirmImportAction(toFormData(csv));
      if (result.ok) {
        setStep({ name: "done", result: result.data });
        setSourceKey((key) => key + 1);
      } else setFormError(result.formError ?? result.fieldErrors.csv?.join(" ") ?? tErrors("unexpected"));
    } catch {
      setFormError(tErrors("network"));
    } finally {
      setPending(null);
    }
  }

  function startOver() {
    setStep({ name: "choose" });
    setSourceError(null);
    setFormError(null);
    setSourceKey((key) => key + 1);
  }

  return (
    <div className="space-y-6">
      <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] lg:items-start">
        <CsvImportSource
          key={sourceKey}
          pending={pending === "preview"}
          error={sourceError}
          onText={preview}
          onProblem={(source, message) => {
            setStep({ name: "choose" });
            setSourceError({ source, message });
          }}
          onEdit={() => setStep((current) => (current.name === "preview" ? { name: "choose" } : current))}
        />
        {help}
      </div>
      <FormMessage message={formError} />
      {step.name === "preview" && (
        <CsvImportPreview
          preview={step.preview}
          pending={pending === "confirm"}
          onConfirm={() => confirm(step.csv)}
          onCancel={startOver}
        />
      )}
      {step.name === "done" && <CsvImportResult result={step.result} onImportAnother={startOver} />}
    </div>
  );
}

// FormData rather than an object: its text travels as is, without JSON's escaping, so a file just
// under the size limit still fits in what a server action accepts.
function toFormData(csv: string): FormData {
  const data = new FormData();
  data.set("csv", csv);
  return data;
}
