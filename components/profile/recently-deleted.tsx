import { getFormatter, getTranslations } from "next-intl/server";
import { DepthMark } from "@/components/profile/depth-mark";
import { RestoreButton } from "@/components/profile/restore-button";
import { Card } from "@/components/ui/card";
import { isTopicKey } from "@/lib/insights/topics";
import type { RecentlyDeleted as Trash } from "@/lib/profile/list-recently-deleted";
import { TRASH_RETENTION_DAYS } from "@/lib/profile/trash-retention";

/** Notes deleted in the last days, each restorable; shown only when there are some. */
export async function RecentlyDeleted({ trash }: { trash: Trash }) {
  if (trash.conversations.length === 0 && trash.insights.length === 0) return null;
  const [t, tDepth, tTopics, tSetting, format] = await Promise.all([
    getTranslations("trash"),
    getTranslations("depth"),
    getTranslations("topics"),
    getTranslations("setting"),
    getFormatter(),
  ]);
  const date = (value: Date) => format.dateTime(value, { dateStyle: "medium" });
  const row = "flex flex-wrap items-center justify-between gap-2 py-2";

  return (
    <Card aria-labelledby="trash-title" className="space-y-2">
      <div>
        <h2 id="trash-title" className="text-lg font-semibold">
          {t("title")}
        </h2>
        <p className="text-sm text-muted-foreground">{t("lead", { days: TRASH_RETENTION_DAYS })}</p>
      </div>
      <ul className="divide-y divide-border">
        {trash.conversations.map((conversation) => (
          <li key={conversation.id} className={row}>
            <span className="min-w-0">
              <span id={`trash-${conversation.id}`} className="block">
                {t("conversation", { setting: tSetting(conversation.setting), date: date(conversation.occurredAt) })}
              </span>
              <span className="block text-xs text-muted-foreground">{t("deletedOn", { date: date(conversation.deletedAt) })}</span>
            </span>
            <RestoreButton item={{ conversationId: conversation.id }} describedBy={`trash-${conversation.id}`} />
          </li>
        ))}
        {trash.insights.map((insight) => (
          <li key={insight.id} className={row}>
            <span className="flex min-w-0 flex-1 gap-2">
              <DepthMark depth={insight.depth} className="mt-1.5" />
              <span className="min-w-0">
                <span id={`trash-${insight.id}`} className="block line-clamp-2 break-words">
                  {t("insight", {
                    depth: tDepth(insight.depth),
                    topic: isTopicKey(insight.topic) ? tTopics(insight.topic) : insight.topic,
                    text: insight.text,
                  })}
                </span>
                <span className="block text-xs text-muted-foreground">{t("deletedOn", { date: date(insight.deletedAt) })}</span>
              </span>
            </span>
            <RestoreButton item={{ insightId: insight.id }} describedBy={`trash-${insight.id}`} />
          </li>
        ))}
      </ul>
    </Card>
  );
}
