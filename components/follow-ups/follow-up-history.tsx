import { getFormatter, getTranslations } from "next-intl/server";
import type { FollowUpEventRow } from "@/lib/follow-ups/list-follow-up-events";

/** Every change of the report's follow-ups, newest first: the follow-up part of their timeline. */
export async function FollowUpHistory({ events }: { events: FollowUpEventRow[] }) {
  const [t, format] = await Promise.all([getTranslations("followUps"), getFormatter()]);

  function describe(event: FollowUpEventRow): string {
    const request = event.followUp.request;
    switch (event.kind) {
      case "CREATED":
        return t("history.CREATED", { request });
      case "MILESTONE_DONE":
      case "MILESTONE_REOPENED":
        return t(`history.${event.kind}`, { request, milestone: event.milestoneTitle ?? "" });
      case "STATUS_CHANGED":
        return event.status === "DROPPED"
          ? t("history.DROPPED", { request, reason: event.reason ?? "" })
          : t("history.STATUS_CHANGED", { request, status: t(`status.${event.status ?? "OPEN"}`) });
    }
  }

  return (
    <details className="group border-t border-border pt-3">
      <summary className="cursor-pointer text-sm font-medium">{t("history.title")}</summary>
      {events.length === 0 ? (
        <p className="mt-2 text-sm text-muted-foreground">{t("history.empty")}</p>
      ) : (
        <ol className="mt-2 space-y-2">
          {events.map((event) => (
            <li key={event.id} className="text-sm">
              <time dateTime={event.createdAt.toISOString()} className="block text-xs text-muted-foreground">
                {format.dateTime(event.createdAt, { dateStyle: "medium", timeStyle: "short" })}
              </time>
              <span className="break-words">{describe(event)}</span>
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
