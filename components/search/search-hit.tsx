import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { DepthBadge } from "@/components/insights/depth-badge";
import { HighlightedText } from "@/components/search/highlighted-text";
import { isTopicKey } from "@/lib/insights/topics";
import type { SearchHit as Hit } from "@/lib/search/search-notes";
import { buildSnippet } from "@/lib/search/snippet";

/** One matching note, linking to the profile of the report it is about. */
export async function SearchHit({ hit, memberId, terms }: { hit: Hit; memberId: string; terms: string[] }) {
  const [t, tTopics, format] = await Promise.all([
    getTranslations("search"),
    getTranslations("topics"),
    getFormatter(),
  ]);
  const topic = hit.kind === "insight" ? (isTopicKey(hit.topic) ? tTopics(hit.topic) : hit.topic) : null;

  return (
    <Link
      href={`/team/${memberId}`}
      className="block rounded-lg border border-border p-3 transition hover:border-primary focus-visible:outline-2 focus-visible:outline-ring"
    >
      <span className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
        {hit.kind === "insight" ? (
          <DepthBadge depth={hit.depth} />
        ) : (
          <span className="inline-flex items-center rounded-full border border-primary px-2 py-0.5 text-xs font-semibold text-primary">
            {t("mission")}
          </span>
        )}
        {topic && (
          <span className="font-medium">
            <HighlightedText snippet={buildSnippet(topic, terms, 200)} />
          </span>
        )}
        <time dateTime={hit.notedAt.toISOString()} className="ms-auto text-muted-foreground">
          {format.dateTime(hit.notedAt, { dateStyle: "medium" })}
        </time>
      </span>
      {/* On a phone, a long note would fill the screen; the match is always near the start. */}
      <span className="mt-1.5 line-clamp-4 sm:line-clamp-none">
        <HighlightedText snippet={buildSnippet(hit.text, terms)} />
      </span>
    </Link>
  );
}
