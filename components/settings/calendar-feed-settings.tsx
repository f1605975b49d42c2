"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { regenerateCalendarFeedAction, revokeCalendarFeedAction } from "@/app/(app)/settings/calendar-actions";
import { useActionCall } from "@/components/forms/use-action-call";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";

/**
 * The personal calendar feed: create its secret URL (shown once, as only its hash is kept),
 * replace it with a new one, or turn it off.
 */
export function CalendarFeedSettings({ enabled }: { enabled: boolean }) {
  const t = useTranslations("calendarFeed");
  const tCommon = useTranslations("common");
  const router = useRouter();
  const call = useActionCall();
  const [link, setLink] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [status, setStatus] = useState<string | null>(null);

  const regenerate = () =>
    call.run(
      () => regenerateCalendarFeedAction({}),
      ({ path }) => {
        setLink(new URL(path, window.location.origin).toString());
        setCopied(false);
        setStatus(null);
        router.refresh();
      },
    );
  const revoke = () =>
    call.run(
      () => revokeCalendarFeedAction({}),
      () => {
        setLink(null);
        setStatus(t("revoked"));
        router.refresh();
      },
    );

  return (
    <div className="space-y-3">
      <p className="text-sm">{enabled ? t("on") : t("off")}</p>
      <FormMessage message={call.error} />
      <FormMessage message={status} tone="success" />
      {link && (
        <div className="space-y-2 rounded-lg bg-accent p-3">
          <label htmlFor="calendar-link" className="block text-sm font-medium">
            {t("link")}
          </label>
          <div className="flex flex-col gap-2 sm:flex-row">
            <Input id="calendar-link" readOnly value={link} onFocus={(event) => event.currentTarget.select()} />
            <Button
              type="button"
              variant="secondary"
              onClick={async () => {
                await navigator.clipboard?.writeText(link);
                setCopied(true);
              }}
            >
              {copied ? tCommon("copied") : tCommon("copy")}
            </Button>
          </div>
          <p className="text-sm text-muted-foreground">{t("howTo")}</p>
        </div>
      )}
      <div className="flex flex-wrap gap-2">
        <Button type="button" variant={enabled ? "secondary" : "primary"} disabled={call.pending} onClick={regenerate}>
          {enabled ? t("regenerate") : t("create")}
        </Button>
        {enabled && (
          <Button type="button" variant="danger" disabled={call.pending} onClick={revoke}>
            {t("revoke")}
          </Button>
        )}
      </div>
    </div>
  );
}
