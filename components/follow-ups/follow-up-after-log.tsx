"use client";

import { useTranslations } from "next-intl";

/** Where the log form goes after saving when the report asked for something. */
export function followUpAfterLogHref(memberId: string, conversationId: string): string {
  return `/follow-ups/new?member=${encodeURIComponent(memberId)}&conversation=${encodeURIComponent(conversationId)}`;
}

/**
 * A choice on the log form: they asked for something, so once the conversation is saved the
 * follow-up form opens, tied to it. The conversation saves first, so nothing is lost if the
 * manager is interrupted before writing the follow-up.
 */
export function FollowUpAfterLog({ checked, onChange }: { checked: boolean; onChange: (checked: boolean) => void }) {
  const t = useTranslations("followUps");
  return (
    <label className="flex min-h-11 items-start gap-3 rounded-lg border border-border p-3 text-sm">
      <input
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        className="mt-0.5 size-5 shrink-0 accent-primary"
      />
      <span>
        <span className="block font-medium">{t("afterLog")}</span>
        <span className="block text-muted-foreground">{t("afterLogHint")}</span>
      </span>
    </label>
  );
}
