import { describe, expect, it } from "vitest";
import { MAX_TERMS, normalizeForSearch, parseSearchQuery } from "@/lib/search/normalize-query";

describe("normalizeForSearch", () => {
  it("makes full-width and half-width forms and letter case the same", () => {
    expect(normalizeForSearch("ＡＢＣ１２３")).toBe("abc123");
    expect(normalizeForSearch("ｶﾀｶﾅ")).toBe("カタカナ");
    expect(normalizeForSearch("ｶﾞｲﾄﾞ")).toBe("ガイド");
    expect(normalizeForSearch("Sapporo")).toBe("sapporo");
    expect(normalizeForSearch("Émile")).toBe("émile");
  });

  it("leaves Japanese text as it is", () => {
    expect(normalizeForSearch("出身は札幌。")).toBe("出身は札幌。");
  });
});

describe("parseSearchQuery", () => {
  it("splits on spaces, including the ideographic space of Japanese input", () => {
    expect(parseSearchQuery("札幌　家族")).toEqual(["札幌", "家族"]);
    expect(parseSearchQuery("  coffee \t Sapporo\n")).toEqual(["coffee", "sapporo"]);
  });

  it("normalises every word and drops duplicates", () => {
    expect(parseSearchQuery("ＡＢＣ abc Abc")).toEqual(["abc"]);
  });

  it("returns no words for an empty or blank query", () => {
    expect(parseSearchQuery("")).toEqual([]);
    expect(parseSearchQuery(" 　 ")).toEqual([]);
  });

  it("keeps a query small", () => {
    const many = Array.from({ length: 20 }, (_, index) => `word${index}`).join(" ");
    expect(parseSearchQuery(many)).toHaveLength(MAX_TERMS);
    expect(parseSearchQuery("あ".repeat(500))[0]).toHaveLength(200);
  });

  it("does not split a character made of two UTF-16 units at the length limit", () => {
    const [word] = parseSearchQuery(`${"a".repeat(199)}😀😀`);
    expect(word).toBe(`${"a".repeat(199)}😀`);
  });
});
