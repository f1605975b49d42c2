import { readFileSync } from "node:fs";
import path from "node:path";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { REASON_KEYS, type Reason, type ReasonKey } from "@/lib/trust/suggest";
import { reasonMessageValues } from "./trust-reasons";

const SAMPLE_VALUES: Record<ReasonKey, Reason["values"]> = {
  "trust.reason.noHistory": undefined,
  "trust.reason.pulledBack": { depth: "CAUSATIVE", date: "2026-10-03" },
  "trust.reason.cooled": { days: 97, date: "2026-08-16" },
  "trust.reason.ready": { depth: "CAUSATIVE", conversations: 4, openness: 3.8 },
  "trust.reason.needMoreConversations": { nextDepth: "VALUES", have: 2, need: 3 },
  "trust.reason.needLongerSpan": { nextDepth: "VALUES", have: 12, need: 21 },
  "trust.reason.opennessLow": { nextDepth: "VALUES", have: 3.2, need: 3.5 },
  "trust.reason.needSharedAt": { depth: "CAUSATIVE", nextDepth: "VALUES" },
  "trust.reason.valuesGently": undefined,
};

function translator(locale: "en" | "ja") {
  const messages = JSON.parse(readFileSync(path.resolve(import.meta.dirname, `../../messages/${locale}/trust.json`), "utf8"));
  return createTranslator({ locale, messages, timeZone: "Asia/Tokyo" });
}

describe("trust reasons in plain language", () => {
  it.each(["en", "ja"] as const)("says every reason the engine gives in %s, with its figures and dates", (locale) => {
    const t = translator(locale);
    for (const key of REASON_KEYS) {
      const text = t(key, reasonMessageValues(SAMPLE_VALUES[key]));
      expect(text, key).not.toContain("{");
      expect(text, key).not.toBe(key);
    }
  });

  it("names the day of a pull-back as the manager reads dates, on the same calendar day", () => {
    const values = reasonMessageValues({ depth: "VALUES", date: "2026-10-03" });
    expect(translator("en")("trust.reason.pulledBack", values)).toContain("Oct 3, 2026");
    expect(translator("ja")("trust.reason.pulledBack", values)).toContain("2026年10月3日");
    expect(translator("en")("trust.reason.ready", reasonMessageValues({ depth: "CAUSATIVE", conversations: 2, openness: 4 }))).toContain("4.0 of 5");
  });
});
