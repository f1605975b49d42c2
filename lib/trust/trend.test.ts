import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { assertPure, conversationArb, day, historyAndNowArb, latestTime, pastOnly } from "./arbitrary-history";
import { type ConversationRecord, DAY_MS } from "./history";
import { COOLING_GAP_DAYS } from "./holds";
import { TREND_BASELINE, TREND_WINDOW_DAYS, conversationScore, trustTrend } from "./trend";

const RUNS = { numRuns: 300 };
const conversation = (onDay: number, fields: Partial<ConversationRecord> = {}): ConversationRecord => ({
  occurredAt: day(onDay),
  openness: 4,
  volunteered: false,
  pulledBackAt: null,
  depthsShared: ["FACTUAL"],
  ...fields,
});
type Fields = Omit<ConversationRecord, "occurredAt">;
const fullyOpen: Fields = { openness: 5, volunteered: true, pulledBackAt: null, depthsShared: ["VALUES"] };
const closedUp: Fields = { openness: 1, volunteered: false, pulledBackAt: "FACTUAL", depthsShared: [] };

afterEach(() => {
  vi.useRealTimers();
});

describe("trustTrend, by example", () => {
  it("has no score and an unknown direction before any conversation", () => {
    expect(trustTrend([], day(0))).toEqual({ score: null, direction: "unknown", change: null, basedOn: 0 });
    expect(trustTrend([conversation(10)], day(5)).basedOn).toBe(0);
  });

  it("warms with open conversations that go deeper", () => {
    const history = [0, 14, 28, 42].map((d, i) =>
      conversation(d, { openness: 5, volunteered: i > 1, depthsShared: i > 1 ? ["CAUSATIVE"] : ["FACTUAL"] }),
    );
    const trend = trustTrend(history, day(43));
    expect(trend.direction).toBe("warming");
    expect(trend.score).toBeGreaterThan(70);
    expect(trend.basedOn).toBe(4);
  });

  it("gives credit for volunteering and depth, and takes some away for closing up", () => {
    const plain = conversationScore(conversation(0, { openness: 3 }));
    expect(conversationScore(conversation(0, { openness: 3, volunteered: true }))).toBeGreaterThan(plain);
    expect(conversationScore(conversation(0, { openness: 3, depthsShared: ["VALUES"] }))).toBeGreaterThan(plain);
    expect(conversationScore(conversation(0, { openness: 3, pulledBackAt: "VALUES" }))).toBeLessThan(plain);
  });

  it("cools back toward the baseline when contact stops, and never calls that warming", () => {
    const warm = [0, 7, 14, 21].map((d) => conversation(d, fullyOpen));
    const later = trustTrend(warm, day(21 + 120));
    expect(later.direction).toBe("cooling");
    expect(later.score).toBeLessThan(trustTrend(warm, day(22)).score ?? 0);
    const guarded = [0, 7].map((d) => conversation(d, closedUp));
    expect(trustTrend(guarded, day(7 + 120)).direction).toBe("cooling");
    expect(trustTrend(guarded, day(7 + 2000)).score).toBe(TREND_BASELINE);
  });

  it("turns to cooling after a run of pull-backs", () => {
    const history = [
      ...[0, 7, 14, 21].map((d) => conversation(d, fullyOpen)),
      ...[28, 35, 42].map((d) => conversation(d, closedUp)),
    ];
    expect(trustTrend(history, day(43)).direction).toBe("cooling");
  });
});

describe("trustTrend, properties", () => {
  it("scores 0–100 as a whole number, null exactly when there is no conversation up to now", () => {
    fc.assert(
      fc.property(historyAndNowArb, ({ history, now }) => {
        const trend = trustTrend(history, now);
        expect(trend.basedOn).toBe(pastOnly(history, now).length);
        if (trend.basedOn === 0) {
          expect(trend).toMatchObject({ score: null, direction: "unknown" });
          return;
        }
        expect(Number.isInteger(trend.score)).toBe(true);
        expect(trend.score).toBeGreaterThanOrEqual(0);
        expect(trend.score).toBeLessThanOrEqual(100);
        expect(trend.direction).not.toBe("unknown");
      }),
      RUNS,
    );
  });

  it("is pure: deterministic, order-blind, leaves its input alone, never reads the clock", () => {
    assertPure(trustTrend, RUNS);
  });

  it("a fully open conversation today never lowers the score; a closed-up one never raises it", () => {
    const arb = fc.record({ setup: historyAndNowArb, extra: conversationArb() });
    fc.assert(
      fc.property(arb, ({ setup: { history, now }, extra }) => {
        const before = trustTrend(history, now).score ?? TREND_BASELINE;
        const withOpen = trustTrend([...history, { ...extra, ...fullyOpen, occurredAt: now }], now);
        const withClosed = trustTrend([...history, { ...extra, ...closedUp, occurredAt: now }], now);
        expect(withOpen.score).toBeGreaterThanOrEqual(before);
        expect(withClosed.score).toBeLessThanOrEqual(before);
      }),
      RUNS,
    );
  });

  it("is never warming without a conversation in the last window, and cooling after 90 silent days", () => {
    const arb = fc.record({ setup: historyAndNowArb, waitDays: fc.integer({ min: TREND_WINDOW_DAYS, max: 1000 }) });
    fc.assert(
      fc.property(arb, ({ setup: { history }, waitDays }) => {
        const latest = latestTime(history);
        fc.pre(latest !== null);
        const now = new Date((latest ?? 0) + waitDays * DAY_MS);
        const { direction } = trustTrend(history, now);
        expect(direction).not.toBe("warming");
        if (waitDays > COOLING_GAP_DAYS) expect(direction).toBe("cooling");
      }),
      RUNS,
    );
  });
});
