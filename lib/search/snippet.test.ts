import { describe, expect, it } from "vitest";
import { buildSnippet } from "@/lib/search/snippet";

const marked = (text: string, terms: string[], maxLength?: number) =>
  buildSnippet(text, terms, maxLength)
    .parts.map((part) => (part.match ? `[${part.text}]` : part.text))
    .join("");

describe("buildSnippet", () => {
  it("marks a Japanese word inside a sentence", () => {
    expect(marked("出身は札幌。冬になると雪かきの夢を見る。", ["札幌"])).toBe("出身は[札幌]。冬になると雪かきの夢を見る。");
  });

  it("marks every occurrence of every term, in the original characters", () => {
    expect(marked("Coffee with Yui; COFFEE again", ["coffee", "yui"])).toBe("[Coffee] with [Yui]; [COFFEE] again");
    expect(marked("ＡＢＣ社に勤めていた", ["abc"])).toBe("[ＡＢＣ]社に勤めていた");
    expect(marked("ｶﾞｲﾄﾞをしていた", ["ガイド"])).toBe("[ｶﾞｲﾄﾞ]をしていた");
  });

  it("merges overlapping matches into one mark", () => {
    expect(marked("札幌市", ["札幌", "幌市"])).toBe("[札幌市]");
  });

  it("treats wildcard characters as text", () => {
    expect(marked("Cut hours by 20% in May", ["20%"])).toBe("Cut hours by [20%] in May");
  });

  it("shows the beginning when the note was found by its topic", () => {
    const snippet = buildSnippet("Grew up near the sea.", ["hometown"]);
    expect(snippet).toEqual({ parts: [{ text: "Grew up near the sea.", match: false }], cutBefore: false, cutAfter: false });
  });

  it("cuts a long text around the first match, at a word, and says where it was cut", () => {
    const text = `${"lorem ipsum ".repeat(30)}Sapporo ${"dolor sit ".repeat(30)}`;
    const snippet = buildSnippet(text, ["sapporo"], 60);
    const shown = snippet.parts.map((part) => part.text).join("");
    expect(snippet.cutBefore).toBe(true);
    expect(snippet.cutAfter).toBe(true);
    expect(shown.length).toBeLessThanOrEqual(60);
    expect(shown.startsWith("lorem") || shown.startsWith("ipsum")).toBe(true);
    expect(snippet.parts.find((part) => part.match)?.text).toBe("Sapporo");
  });

  it("collapses line breaks, so an excerpt reads as one line", () => {
    expect(marked("【あり方】\n札幌で育った", ["札幌"])).toBe("【あり方】 [札幌]で育った");
  });
});
