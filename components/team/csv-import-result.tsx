"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import type { ImportResult } from "@/app/(app)/team/import/actions";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

export function CsvImportResult({ result, onImportAnother }: { result: ImportResult; onImportAnother: () => void }) {
  const t = useTranslations("import");
  const messageRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => messageRef.current?.focus(), [result]);

  return (
    <Card className="space-y-4 bg-accent/40">
      <div role="status" className="space-y-1">
        <p ref={messageRef} tabIndex={-1} className="text-lg font-semibold focus:outline-none">
          {t("done", { added: result.added, skipped: result.skipped })}
        </p>
        {result.invalid > 0 && <p>{t("doneInvalid", { invalid: result.invalid })}</p>}
      </div>
      <div className="flex flex-col gap-2 sm:flex-row">
        <Button asChild>
          <Link href="/team">{t("seeTeam")}</Link>
        </Button>
        <Button type="button" variant="secondary" onClick={onImportAnother}>
          {t("importAnother")}
        </Button>
      </div>
    </Card>
  );
}
