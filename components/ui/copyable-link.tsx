"use client";

import { useTranslations } from "next-intl";
import { type ReactNode, useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

/** A secret link shown once, selected on focus, with a copy button. Give it `key={link}` to reset. */
export function CopyableLink({ label, link, children }: { label: string; link: string; children?: ReactNode }) {
  const t = useTranslations("common");
  const id = useId();
  const [copied, setCopied] = useState(false);
  return (
    <div className="space-y-2 rounded-lg bg-accent p-3">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <div className="flex flex-col gap-2 sm:flex-row">
        <Input id={id} readOnly value={link} onFocus={(event) => event.currentTarget.select()} />
        <Button
          type="button"
          variant="secondary"
          onClick={async () => {
            await navigator.clipboard?.writeText(link);
            setCopied(true);
          }}
        >
          {copied ? t("copied") : t("copy")}
        </Button>
      </div>
      {children}
    </div>
  );
}
