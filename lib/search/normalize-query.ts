// How a search query becomes the terms a note must contain. Pure, so it runs anywhere and is
// tested alone; docs/decisions/0004-search.md explains why substring matching (no word segmentation).

/** A query is a few words, not a document: longer input is cut, so one search stays cheap. */
export const MAX_QUERY_LENGTH = 200;
export const MAX_TERMS = 8;

/**
 * The form both sides are compared in. NFKC folds full-width Ａ１ to A1, half-width ｶﾅ to カナ
 * and ㍿ to 株式会社; lower case makes case irrelevant. The stored text is decrypted and
 * normalised the same way before it is compared (lib/search/search-notes.ts).
 */
export function normalizeForSearch(text: string): string {
  return text.normalize("NFKC").toLowerCase();
}

/**
 * The words of a query, normalised, without duplicates, in the order typed. Words are split
 * on any white space, including the ideographic space (U+3000) a Japanese keyboard types;
 * a note must contain every word (AND).
 */
export function parseSearchQuery(raw: string): string[] {
  // Cut by code point, not UTF-16 unit, so an emoji at the limit is not split in half.
  const capped = Array.from(raw).slice(0, MAX_QUERY_LENGTH).join("");
  const words = normalizeForSearch(capped)
    .split(/[\s\u3000]+/u)
    .filter((word) => word !== "");
  return [...new Set(words)].slice(0, MAX_TERMS);
}
