import { ChevronLeft, ChevronRight } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ConversationCard } from "@/components/profile/conversation-card";
import { profileHref, type ProfileView } from "@/components/profile/profile-view";
import { Card } from "@/components/ui/card";
import type { TimelinePage } from "@/lib/conversations/list-conversations";

const pageLink =
  "inline-flex min-h-11 items-center gap-1 rounded-lg border border-border px-3 text-sm font-medium hover:bg-muted focus-visible:outline-2 focus-visible:outline-ring";

/** Every conversation with the report, newest first, a page at a time (the page is in the URL). */
export async function ConversationTimeline({ memberId, view, timeline }: { memberId: string; view: ProfileView; timeline: TimelinePage }) {
  const [t, tProfile] = await Promise.all([getTranslations("profilePage.timeline"), getTranslations("profile")]);
  const { conversations, page, pageCount, total } = timeline;

  return (
    <Card id="conversations" aria-labelledby="conversations-title" className="scroll-mt-4">
      <h2 id="conversations-title" className="flex flex-wrap items-baseline justify-between gap-2 text-lg font-semibold">
        {tProfile("conversations")}
        {total > 0 && <span className="text-sm font-normal text-muted-foreground">{t("count", { count: total })}</span>}
      </h2>
      {conversations.length === 0 ? (
        <p className="mt-2 text-muted-foreground">{tProfile("noConversations")}</p>
      ) : (
        <div className="divide-y divide-border">
          {conversations.map((conversation) => (
            <ConversationCard key={conversation.id} memberId={memberId} conversation={conversation} />
          ))}
        </div>
      )}
      {pageCount > 1 && (
        <nav aria-label={t("pages")} className="mt-2 flex flex-wrap items-center justify-between gap-2 border-t border-border pt-4">
          {page > 1 ? (
            <Link href={profileHref(memberId, view, { page: page - 1 }, "conversations")} className={pageLink}>
              <ChevronLeft aria-hidden="true" className="size-4" />
              {t("newer")}
            </Link>
          ) : (
            <span />
          )}
          <span className="text-sm text-muted-foreground">
            {t("page", { page, pageCount })}
          </span>
          {page < pageCount ? (
            <Link href={profileHref(memberId, view, { page: page + 1 }, "conversations")} className={pageLink}>
              {t("older")}
              <ChevronRight aria-hidden="true" className="size-4" />
            </Link>
          ) : (
            <span />
          )}
        </nav>
      )}
    </Card>
  );
}
