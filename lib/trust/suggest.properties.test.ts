import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  START,
  assertPure,
  conversationArb,
  day,
  historyAndNowArb,
  historyArb,
  latestTime,
  open,
  pastOnly,
} from "./arbitrary-history";
import { DAY_MS, DEPTH_ORDER, depthRank } from "./history";
import { type ConversationRecord, REASON_KEYS, suggestNextDepth } from "./suggest";

const RUNS = { numRuns: 300 };
// The issue's own numbers: the properties hold whatever the constants are later tuned to.
const ISSUE_COOLING_DAYS = 90;
const ISSUE_VALUES_SPAN_DAYS = 21;

function deepestIn(history: readonly ConversationRecord[]): number {
  return Math.max(-1, ...history.flatMap((c) => c.depthsShared.map(depthRank)));
}

afterEach(() => {
  vi.useRealTimers();
});

describe("suggestNextDepth, properties from issue #4", () => {
  it("gives only known reason keys with plain values, never none", () => {
    fc.assert(
      fc.property(historyAndNowArb, ({ history, now }) => {
        const { reasons } = suggestNextDepth(history, now);
        expect(reasons.length).toBeGreaterThan(0);
        for (const reason of reasons) {
          expect(REASON_KEYS).toContain(reason.key);
          for (const value of Object.values(reason.values ?? {})) {
            expect(["string", "number"]).toContain(typeof value);
            if (typeof value === "number") expect(Number.isFinite(value)).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });

  it("1. with no history (or only future conversations) suggests FACTUAL", () => {
    expect(suggestNextDepth([], day(0)).depth).toBe("FACTUAL");
    fc.assert(
      fc.property(historyArb(), (history) => {
        expect(suggestNextDepth(history, new Date(START - 1)).depth).toBe("FACTUAL");
      }),
      RUNS,
    );
  });

  it("2. never goes more than one depth deeper than the deepest shared", () => {
    fc.assert(
      fc.property(historyAndNowArb, ({ history, now }) => {
        const deepest = deepestIn(pastOnly(history, now));
        expect(depthRank(suggestNextDepth(history, now).depth)).toBeLessThanOrEqual(deepest + 1);
      }),
      RUNS,
    );
  });

  it("3. after a pull-back in the most recent conversation, suggests shallower than where it happened", () => {
    const arb = fc.record({
      history: historyArb(),
      pullBack: conversationArb(),
      depth: fc.constantFrom(...DEPTH_ORDER),
      gapMs: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 200 * DAY_MS })),
      waitMs: fc.integer({ min: 0, max: 200 * DAY_MS }),
    });
    fc.assert(
      fc.property(arb, ({ history, pullBack, depth, gapMs, waitMs }) => {
        // The pull-back is the latest conversation (gap 0: tied with the previous latest).
        const at = (latestTime(history) ?? START) + gapMs;
        const withPullBack = [...history, { ...pullBack, occurredAt: new Date(at), pulledBackAt: depth }];
        const suggested = suggestNextDepth(withPullBack, new Date(at + waitMs)).depth;
        if (depth === "FACTUAL") expect(suggested).toBe("FACTUAL");
        else expect(depthRank(suggested)).toBeLessThan(depthRank(depth));
      }),
      RUNS,
    );
  });

  it("4. after more than 90 days without a conversation, suggests shallower than the deepest reached", () => {
    const arb = fc.record({ history: historyArb(), extraMs: fc.integer({ min: 1, max: 400 * DAY_MS }) });
    fc.assert(
      fc.property(arb, ({ history, extraMs }) => {
        const latest = latestTime(history);
        fc.pre(latest !== null);
        const now = new Date((latest ?? 0) + ISSUE_COOLING_DAYS * DAY_MS + extraMs);
        const suggested = depthRank(suggestNextDepth(history, now).depth);
        expect(suggested).toBeLessThanOrEqual(Math.max(0, deepestIn(history) - 1));
      }),
      RUNS,
    );
  });

  it("5. CAUSATIVE needs two conversations; VALUES needs three spanning 21 days", () => {
    fc.assert(
      fc.property(historyAndNowArb, ({ history, now }) => {
        const past = pastOnly(history, now);
        const times = past.map((c) => c.occurredAt.getTime());
        const { depth } = suggestNextDepth(history, now);
        if (depth !== "FACTUAL") expect(past.length).toBeGreaterThanOrEqual(2);
        if (depth === "VALUES") {
          expect(past.length).toBeGreaterThanOrEqual(3);
          expect(Math.max(...times) - Math.min(...times)).toBeGreaterThanOrEqual(ISSUE_VALUES_SPAN_DAYS * DAY_MS);
        }
      }),
      RUNS,
    );
  });

  /** A moment strictly after every conversation up to `now`, and not after `now`. */
  const nextMomentArb = fc.record({ setup: historyAndNowArb, fraction: fc.double({ min: 0, max: 1, noNaN: true }) });
  function momentAfterAll({
    setup,
    fraction,
  }: {
    setup: { history: ConversationRecord[]; now: Date };
    fraction: number;
  }): Date | null {
    const latest = latestTime(pastOnly(setup.history, setup.now)) ?? START - DAY_MS;
    const room = setup.now.getTime() - latest;
    return room < 1 ? null : new Date(latest + 1 + Math.floor(fraction * (room - 1)));
  }

  it("6a. a new open conversation at the suggested depth never lowers the suggestion", () => {
    fc.assert(
      fc.property(nextMomentArb, (input) => {
        const at = momentAfterAll(input);
        fc.pre(at !== null);
        const { history, now } = input.setup;
        const before = suggestNextDepth(history, now).depth;
        const added = { ...open(0, [before]), occurredAt: at ?? now };
        expect(depthRank(suggestNextDepth([...history, added], now).depth)).toBeGreaterThanOrEqual(depthRank(before));
      }),
      RUNS,
    );
  });

  it("6b. a new pull-back at or below the suggested depth never raises the suggestion", () => {
    const arb = fc.record({ input: nextMomentArb, conversation: conversationArb(), depthPick: fc.nat() });
    fc.assert(
      fc.property(arb, ({ input, conversation, depthPick }) => {
        const at = momentAfterAll(input);
        fc.pre(at !== null);
        const { history, now } = input.setup;
        const before = suggestNextDepth(history, now).depth;
        const pulledBackAt = DEPTH_ORDER[depthPick % (depthRank(before) + 1)] ?? "FACTUAL";
        const added = { ...conversation, occurredAt: at ?? now, pulledBackAt };
        expect(depthRank(suggestNextDepth([...history, added], now).depth)).toBeLessThanOrEqual(depthRank(before));
      }),
      RUNS,
    );
  });

  it("7. is pure: deterministic, order-blind, leaves its input alone, never reads the clock", () => {
    assertPure(suggestNextDepth, RUNS);
  });

  it("8. a patient, open relationship reaches VALUES: six open conversations over ten weeks, going gradually deeper", () => {
    const arb = fc.record({
      // Four conversations somewhere between the first (day 0) and the sixth (day 70).
      middleDays: fc.array(fc.integer({ min: 1, max: 69 }), { minLength: 4, maxLength: 4 }),
      openness: fc.array(fc.constantFrom(4, 5) as fc.Arbitrary<4 | 5>, { minLength: 6, maxLength: 6 }),
      volunteered: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
    });
    fc.assert(
      fc.property(arb, ({ middleDays, openness, volunteered }) => {
        const days = [0, ...[...middleDays].sort((a, b) => a - b), 70];
        const history: ConversationRecord[] = [];
        days.forEach((onDay, i) => {
          // Each conversation goes as deep as the engine suggested beforehand.
          const suggested = suggestNextDepth(history, day(onDay)).depth;
          history.push({
            ...open(onDay, DEPTH_ORDER.slice(0, depthRank(suggested) + 1)),
            openness: openness[i] ?? 4,
            volunteered: volunteered[i] ?? false,
          });
        });
        expect(suggestNextDepth(history, day(71)).depth).toBe("VALUES");
      }),
      RUNS,
    );
  });
});
