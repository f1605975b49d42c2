import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SearchHit } from "@/components/search/search-hit";
import { Card } from "@/components/ui/card";
import { SEARCH_LIMIT, type SearchResult } from "@/lib/search/search-notes";

/** The hits, one card per report; the summary is a status message, so it is read out after a search. */
export async function SearchResults({ result, query }: { result: SearchResult; query: string }) {
  const t = await getTranslations("search");
  return (
    <div className="space-y-4">
      <div className="space-y-1">
        <p role="status" className="font-medium">
          {t("summary", { count: result.hitCount, reports: result.groups.length, query })}
        </p>
        {result.hasMore && <p className="text-sm text-muted-foreground">{t("more", { limit: SEARCH_LIMIT })}</p>}
      </div>
      <ul className="space-y-4">
        {result.groups.map(({ member, hits }) => (
          <li key={member.id}>
            <Card aria-labelledby={`search-report-${member.id}`} className="space-y-3">
              <h2 id={`search-report-${member.id}`} className="flex flex-wrap items-center gap-x-2 gap-y-1 text-lg font-semibold">
                <Link
                  href={`/team/${member.id}`}
                  className="rounded-sm underline-offset-4 hover:underline focus-visible:outline-2 focus-visible:outline-ring"
                >
                  {member.name}
                </Link>
                {member.archived && (
                  <span className="rounded-full bg-muted px-2 py-0.5 text-xs font-medium text-muted-foreground">
                    {t("archived")}
                  </span>
                )}
              </h2>
              <ul className="space-y-2">
                {hits.map((hit) => (
                  <li key={hit.id}>
                    <SearchHit hit={hit} memberId={member.id} terms={result.terms} />
                  </li>
                ))}
              </ul>
            </Card>
          </li>
        ))}
      </ul>
    </div>
  );
}
