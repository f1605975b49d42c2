import { HeartHandshake, Undo2 } from "lucide-react";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { DeleteConversationButton } from "@/components/profile/delete-conversation-button";
import { DepthMark } from "@/components/profile/depth-mark";
import { isTopicKey } from "@/lib/insights/topics";
import type { TimelineConversation } from "@/lib/conversations/list-conversations";

/** One conversation of the timeline: when, where, how open, and what was learned. */
export async function ConversationCard({ memberId, conversation }: { memberId: string; conversation: TimelineConversation }) {
  const [t, tProfile, tDepth, tTopics, tSetting, tFollowUps, format] = await Promise.all([
    getTranslations("profilePage.timeline"),
    getTranslations("profile"),
    getTranslations("depth"),
    getTranslations("topics"),
    getTranslations("setting"),
    getTranslations("followUps"),
    getFormatter(),
  ]);
  const titleId = `conversation-${conversation.id}`;
  const date = format.dateTime(conversation.occurredAt, { dateStyle: "medium" });
  const details = [
    conversation.durationMinutes ? t("minutes", { minutes: conversation.durationMinutes }) : null,
    tProfile("openness", { value: conversation.openness }),
  ].filter(Boolean);

  return (
    <article aria-labelledby={titleId} className="relative space-y-2 py-4">
      {/* On wider screens the delete button sits beside the title; it comes last for the keyboard. */}
      <div className="sm:pr-72">
        <h3 id={titleId} className="font-semibold">
          <time dateTime={conversation.occurredAt.toISOString()}>{date}</time>
          {" · "}
          {tSetting(conversation.setting)}
        </h3>
        <p className="flex flex-wrap items-center gap-x-2 text-sm text-muted-foreground">
          {details.join(" · ")}
          <OpennessDots value={conversation.openness} />
        </p>
      </div>
      {(conversation.volunteered || conversation.pulledBackAt) && (
        <ul className="flex flex-wrap gap-1.5 text-xs font-medium">
          {conversation.volunteered && (
            <li className="inline-flex items-center gap-1 rounded-full bg-accent px-2 py-0.5">
              <HeartHandshake aria-hidden="true" className="size-3.5" />
              {t("volunteered")}
            </li>
          )}
          {conversation.pulledBackAt && (
            <li className="inline-flex items-center gap-1 rounded-full bg-danger-soft px-2 py-0.5 text-danger">
              <Undo2 aria-hidden="true" className="size-3.5" />
              {t("pulledBack", { depth: tDepth(conversation.pulledBackAt) })}
            </li>
          )}
        </ul>
      )}
      {conversation.intention && (
        <p className="text-sm text-muted-foreground italic">{t("intention", { intention: conversation.intention })}</p>
      )}
      {conversation.insights.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t("noInsights")}</p>
      ) : (
        <ul className="space-y-1.5">
          {conversation.insights.map((insight) => (
            <li key={insight.id} className="flex gap-2 text-sm">
              <DepthMark depth={insight.depth} className="mt-1" />
              <span className="min-w-0 break-words">
                {t.rich("insight", {
                  label: (chunks) => <span className="font-medium">{chunks}</span>,
                  depth: tDepth(insight.depth),
                  topic: isTopicKey(insight.topic) ? tTopics(insight.topic) : insight.topic,
                  text: insight.text,
                })}
              </span>
            </li>
          ))}
        </ul>
      )}
      <div className="-mr-2 flex items-center justify-end gap-1 sm:absolute sm:top-3 sm:right-0 sm:mt-0">
        <Link
          href={`/follow-ups/new?member=${encodeURIComponent(memberId)}&conversation=${encodeURIComponent(conversation.id)}`}
          aria-describedby={titleId}
          className="inline-flex min-h-9 items-center rounded-lg px-3 text-sm font-medium hover:bg-muted focus-visible:outline-2 focus-visible:outline-ring"
        >
          {tFollowUps("addFromConversation")}
        </Link>
        <Link
          href={`/team/${encodeURIComponent(memberId)}/conversations/${encodeURIComponent(conversation.id)}/edit`}
          aria-describedby={titleId}
          className="inline-flex min-h-9 items-center rounded-lg px-3 text-sm font-medium hover:bg-muted focus-visible:outline-2 focus-visible:outline-ring"
        >
          {t("edit")}
        </Link>
        <DeleteConversationButton
          conversationId={conversation.id}
          subject={`${date} · ${tSetting(conversation.setting)}`}
          describedBy={titleId}
        />
      </div>
    </article>
  );
}

/** Openness as five dots, for the eye; the text beside it says the number. */
function OpennessDots({ value }: { value: number }) {
  return (
    <span aria-hidden="true" className="inline-flex gap-0.5">
      {[1, 2, 3, 4, 5].map((level) => (
        <span key={level} className={level <= value ? "size-2 rounded-full bg-primary" : "size-2 rounded-full border border-border"} />
      ))}
    </span>
  );
}
