import { describe, expect, it } from "vitest";
import { isPlainText, pathsWithControlCharacters, plainText } from "./schemas";

describe("plain text", () => {
  it("accepts what people write, in any script, with line breaks, tabs and emoji", () => {
    for (const text of ["Grew up in Sendai.", "仙台で育った。\n家族は四人。", "a\tb\r\nc", "👩‍👩‍👧‍👦 e\u0301", "\u200B\u202E", "<script>alert(1)</script>", ""]) {
      expect(isPlainText(text), JSON.stringify(text)).toBe(true);
    }
  });

  it("refuses NUL, other control characters and lone surrogates", () => {
    for (const text of ["a\u0000b", "\u0007", "\u001b[31m", "\u007f", "\uD800", "x\uDFFF", "\uDBFFa"]) {
      expect(isPlainText(text), JSON.stringify(text)).toBe(false);
    }
  });

  it("gives a field the controlCharacters message", () => {
    const result = plainText("required").trim().min(1, "required").safeParse("note\u0000");
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(["controlCharacters"]);
  });

  it("names the fields of an input that hold such text", () => {
    expect(pathsWithControlCharacters({ memberId: "ok", insights: [{ text: "fine" }, { text: "bad\u0000" }], id: "\uD800" })).toEqual([
      "insights.1.text",
      "id",
    ]);
    expect(pathsWithControlCharacters("\u0000")).toEqual(["form"]);
    expect(pathsWithControlCharacters({ ["k\u0000"]: 1 })).toEqual(["form"]);
    expect(pathsWithControlCharacters([1, null, { a: true }])).toEqual([]);
  });
});
