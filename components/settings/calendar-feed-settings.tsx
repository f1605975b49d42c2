"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { regenerateCalendarFeedAction, revokeCalendarFeedAction } from "@/app/(app)/settings/calendar-actions";
import { useActionCall } from "@/components/forms/use-action-call";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { CopyableLink } from "@/components/ui/copyable-link";

/**
 * The personal calendar feed: create its secret URL (shown once, as only its hash is kept),
 * replace it with a new one, or turn it off.
 */
export function CalendarFeedSettings({ enabled }: { enabled: boolean }) {
  const t = useTranslations("calendarFeed");
  const router = useRouter();
  const call = useActionCall();
  const [link, setLink] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  const regenerate = () =>
    call.run(
      () => regenerateCalendarFeedAction({}),
      ({ path }) => {
        setLink(new URL(path, window.location.origin).toString());
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
        <CopyableLink key={link} label={t("link")} link={link}>
          <p className="text-sm text-muted-foreground">{t("howTo")}</p>
        </CopyableLink>
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
