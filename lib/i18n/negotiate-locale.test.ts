import { describe, expect, it } from "vitest";
import { negotiateLocale } from "@/lib/i18n/negotiate-locale";

describe("negotiateLocale", () => {
  it("follows the browser's preferred language among English and Japanese", () => {
    expect(negotiateLocale("ja-JP,ja;q=0.9,en;q=0.8")).toBe("ja");
    expect(negotiateLocale("en-GB,en;q=0.9,ja;q=0.5")).toBe("en");
    expect(negotiateLocale("fr-FR,ja;q=0.7")).toBe("ja");
  });

  it("falls back to English when nothing matches or nothing is sent", () => {
    expect(negotiateLocale("de-DE")).toBe("en");
    expect(negotiateLocale(null)).toBe("en");
    expect(negotiateLocale("*;;;garbage")).toBe("en");
  });
});
