import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SearchEmptyState } from "@/components/search/search-empty-state";
import { SearchResults } from "@/components/search/search-results";
import { requireUser } from "@/lib/auth/guards";
import { searchNotes } from "@/lib/search/search-notes";

type Props = { searchParams: Promise<{ q?: string | string[] }> };

/** The query as typed, with runs of spaces made one; `?q=a&q=b` counts as its first value. */
async function queryOf(searchParams: Props["searchParams"]): Promise<string> {
  const { q } = await searchParams;
  return ((Array.isArray(q) ? q[0] : q) ?? "").replace(/[\s\u3000]+/gu, " ").trim();
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const [query, t] = await Promise.all([queryOf(searchParams), getTranslations("search")]);
  return { title: query ? t("titleWithQuery", { query }) : t("title") };
}

export default async function SearchPage({ searchParams }: Props) {
  const user = await requireUser();
  const query = await queryOf(searchParams);
  const result = await searchNotes(user, query);

  if (result.terms.length === 0) return <SearchEmptyState query={null} />;
  if (result.hitCount === 0) return <SearchEmptyState query={query} />;
  return <SearchResults result={result} query={query} />;
}
