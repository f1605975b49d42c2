import { normalizeForSearch } from "@/lib/search/normalize-query";

// Where the words of a search appear in a note, for showing a highlighted excerpt. The
// database found the note by comparing normalised text; here we find the same places in the
// original text, so the excerpt shows what the manager wrote (full-width letters and all).

export type SnippetPart = { text: string; match: boolean };
export type Snippet = { parts: SnippetPart[]; cutBefore: boolean; cutAfter: boolean };

/** Characters shown before the first match: enough for a few words, or a short Japanese clause. */
const CONTEXT_BEFORE = 24;

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/**
 * Normalises one user-perceived character at a time and remembers which character each
 * normalised code unit came from: NFKC can change the length (㍿ becomes 株式会社), and a
 * half-width kana with its voicing mark (ｶﾞ) is one character that becomes one (ガ).
 */
function normalisedView(text: string) {
  const characters: string[] = [];
  const owner: number[] = [];
  let normalised = "";
  for (const { segment } of graphemes.segment(text)) {
    const folded = normalizeForSearch(segment);
    for (let unit = 0; unit < folded.length; unit += 1) owner.push(characters.length);
    normalised += folded;
    characters.push(segment);
  }
  return { characters, owner, normalised };
}

/** For each character of `text`: is it part of an occurrence of one of the terms? */
export function matchedCharacters(text: string, terms: readonly string[]) {
  const { characters, owner, normalised } = normalisedView(text);
  const matched = characters.map(() => false);
  for (const term of terms) {
    if (term === "") continue;
    for (let at = normalised.indexOf(term); at !== -1; at = normalised.indexOf(term, at + 1)) {
      for (let unit = at; unit < at + term.length; unit += 1) matched[owner[unit] ?? 0] = true;
    }
  }
  return { characters, matched };
}

/**
 * An excerpt of at most `maxLength` characters around the first match, split into matched and
 * unmatched parts. Without a match (the note was found by its topic) it is the beginning.
 */
export function buildSnippet(text: string, terms: readonly string[], maxLength = 140): Snippet {
  const { characters, matched } = matchedCharacters(text.replace(/\s+/g, " ").trim(), terms);
  const firstMatch = Math.max(0, matched.indexOf(true));
  // Show a few words before the match, so it is read in context, but keep it near the start.
  const before = Math.min(CONTEXT_BEFORE, Math.floor(maxLength / 4));
  let start = Math.max(0, Math.min(firstMatch - before, characters.length - maxLength));
  if (start > 0) {
    // In space-separated languages, begin at a word rather than in the middle of one.
    const space = characters.slice(start, firstMatch).indexOf(" ");
    if (space !== -1) start += space + 1;
  }
  const end = Math.min(characters.length, start + maxLength);

  const parts: SnippetPart[] = [];
  for (let index = start; index < end; index += 1) {
    const character = characters[index] ?? "";
    const match = matched[index] ?? false;
    const last = parts.at(-1);
    if (last && last.match === match) last.text += character;
    else parts.push({ text: character, match });
  }
  return { parts, cutBefore: start > 0, cutAfter: end < characters.length };
}
