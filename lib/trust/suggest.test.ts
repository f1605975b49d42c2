import { describe, expect, it } from "vitest";
import { day, open } from "./arbitrary-history";
import {
  COOLING_GAP_DAYS,
  type ConversationRecord,
  VALUES_MIN_OPENNESS,
  VALUES_MIN_SPAN_DAYS,
  suggestNextDepth,
} from "./suggest";

// The properties of issue #4 over generated histories: suggest.properties.test.ts.
describe("suggestNextDepth, by example", () => {
  it("starts with facts, then asks why after two open conversations", () => {
    const first = [open(0, ["FACTUAL"])];
    expect(suggestNextDepth(first, day(1))).toMatchObject({
      depth: "FACTUAL",
      readiness: { nextDepth: "CAUSATIVE", conversations: { have: 1, need: 2 } },
    });
    const second = [...first, open(7, ["FACTUAL"])];
    expect(suggestNextDepth(second, day(8)).depth).toBe("CAUSATIVE");
  });

  it("steps back after a pull-back, says when and where, and recovers after two open conversations", () => {
    const history = [open(0, ["FACTUAL"]), open(7, ["FACTUAL"]), open(14, ["CAUSATIVE"])];
    const pulledBack: ConversationRecord = {
      ...open(21, []),
      openness: 2,
      volunteered: false,
      pulledBackAt: "CAUSATIVE",
    };
    const afterPullBack = suggestNextDepth([...history, pulledBack], day(22));
    expect(afterPullBack.depth).toBe("FACTUAL");
    expect(afterPullBack.pullBack).toEqual({ depth: "CAUSATIVE", on: "2024-01-22", ceiling: "FACTUAL" });
    expect(afterPullBack.reasons[0]).toEqual({
      key: "trust.reason.pulledBack",
      values: { depth: "CAUSATIVE", date: "2024-01-22" },
    });
    const oneLater = [...history, pulledBack, open(28, ["FACTUAL"])];
    expect(suggestNextDepth(oneLater, day(29)).depth).toBe("FACTUAL");
    const twoLater = [...oneLater, open(35, ["FACTUAL"])];
    expect(suggestNextDepth(twoLater, day(36)).pullBack).toBeNull();
    expect(suggestNextDepth(twoLater, day(36)).depth).not.toBe("FACTUAL");
  });

  it("warms up again one depth lighter after a long gap", () => {
    const history = [open(0, ["FACTUAL"]), open(14, ["CAUSATIVE"]), open(30, ["VALUES"])];
    expect(suggestNextDepth(history, day(31)).depth).toBe("VALUES");
    const later = suggestNextDepth(history, day(30 + COOLING_GAP_DAYS + 1));
    expect(later.depth).toBe("CAUSATIVE");
    expect(later.reasons).toContainEqual({ key: "trust.reason.cooled", values: { days: 91, date: "2024-01-31" } });
  });

  it("shows readiness toward values in the numbers the plan page prints", () => {
    const guarded = (onDay: number): ConversationRecord => ({
      ...open(onDay, ["CAUSATIVE"]),
      openness: 3,
      volunteered: false,
    });
    const result = suggestNextDepth([{ ...guarded(0), depthsShared: ["FACTUAL"] }, guarded(5), guarded(10)], day(11));
    expect(result.depth).toBe("CAUSATIVE");
    expect(result.readiness).toMatchObject({
      nextDepth: "VALUES",
      conversations: { have: 3, need: 3 },
      spanDays: { have: 10, need: VALUES_MIN_SPAN_DAYS },
      openness: { have: 3, need: VALUES_MIN_OPENNESS },
      prerequisite: { depth: "CAUSATIVE", shared: true },
      met: false,
    });
    expect(result.reasons.map((r) => r.key)).toEqual([
      "trust.reason.ready",
      "trust.reason.needLongerSpan",
      "trust.reason.opennessLow",
    ]);
  });

  it("holds the boundaries exactly: 21 days for values, more than 90 days to cool", () => {
    const history = [open(0, ["FACTUAL"]), open(10, ["CAUSATIVE"]), open(21, ["CAUSATIVE"])];
    expect(suggestNextDepth(history, day(22)).depth).toBe("VALUES");
    const aMomentShort = [
      ...history.slice(0, 2),
      { ...open(21, ["CAUSATIVE"]), occurredAt: new Date(day(21).getTime() - 1) },
    ];
    expect(suggestNextDepth(aMomentShort, day(22)).depth).toBe("CAUSATIVE");
    expect(suggestNextDepth(history, day(21 + COOLING_GAP_DAYS)).cooling).toBeNull();
    // Deepest shared is CAUSATIVE, so the warm-up is one lighter: FACTUAL.
    expect(suggestNextDepth(history, new Date(day(21 + COOLING_GAP_DAYS).getTime() + 1)).depth).toBe("FACTUAL");
  });

  it("weighs recent openness more than old openness", () => {
    const rated = (onDay: number, openness: ConversationRecord["openness"]): ConversationRecord => ({
      ...open(onDay, ["FACTUAL"]),
      openness,
      volunteered: false,
    });
    const warming = suggestNextDepth([rated(0, 2), rated(30, 2), rated(60, 5)], day(61)).recentOpenness ?? 0;
    const closing = suggestNextDepth([rated(0, 5), rated(30, 2), rated(60, 2)], day(61)).recentOpenness ?? 0;
    expect(warming).toBeGreaterThan(3);
    expect(closing).toBeLessThan(3);
  });

  it("ignores conversations dated after now", () => {
    const history = [open(0, ["FACTUAL"]), open(10, ["FACTUAL"])];
    expect(suggestNextDepth(history, day(5))).toMatchObject({ depth: "FACTUAL", conversationsConsidered: 1 });
  });
});
