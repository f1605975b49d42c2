/**
 * Generated conversation histories for the trust engine's property tests (issue #4 asks for
 * properties checked over generated histories, not only examples). Test-only.
 */
import fc from "fast-check";
import { expect, vi } from "vitest";
import { type ConversationRecord, type Depth, DAY_MS, DEPTH_ORDER } from "./history";

export const START = Date.UTC(2024, 0, 1, 9, 0, 0);

/** The moment `n` days after START. */
export const day = (n: number): Date => new Date(START + n * DAY_MS);

/** A fully open conversation: the best a manager can hope for. */
export const open = (onDay: number, depthsShared: Depth[]): ConversationRecord => ({
  occurredAt: day(onDay),
  openness: 5,
  volunteered: true,
  pulledBackAt: null,
  depthsShared,
});

const depthArb: fc.Arbitrary<Depth> = fc.constantFrom(...DEPTH_ORDER);

/** Mostly whole days after START (so that ties happen), sometimes any minute. */
const offsetMsArb = (maxDays: number): fc.Arbitrary<number> =>
  fc.oneof(
    fc.integer({ min: 0, max: maxDays }).map((days) => days * DAY_MS),
    fc.integer({ min: 0, max: maxDays * 24 * 60 }).map((minutes) => minutes * 60_000),
  );

/** A pull-back in about one conversation in `oneIn`. */
const pullBackArb = (oneIn: number): fc.Arbitrary<Depth | null> =>
  fc.oneof({ arbitrary: fc.constant(null), weight: oneIn - 1 }, { arbitrary: depthArb, weight: 1 });

/** What a conversation shared: usually up to some depth, sometimes any mix. */
const sharedArb: fc.Arbitrary<Depth[]> = fc.oneof(
  { arbitrary: fc.constant<Depth[]>(["FACTUAL"]), weight: 3 },
  { arbitrary: fc.constant<Depth[]>(["FACTUAL", "CAUSATIVE"]), weight: 2 },
  { arbitrary: fc.constant<Depth[]>(["CAUSATIVE"]), weight: 1 },
  { arbitrary: fc.subarray([...DEPTH_ORDER], { minLength: 1 }), weight: 2 },
);

/** Any conversation, guarded or open. */
const anyFieldsArb = fc.record({
  openness: fc.constantFrom(1, 2, 3, 4, 5) as fc.Arbitrary<ConversationRecord["openness"]>,
  volunteered: fc.boolean(),
  pulledBackAt: pullBackArb(3),
  depthsShared: fc.subarray([...DEPTH_ORDER]),
});

/** Mostly open conversations, so that generated relationships also reach the deeper depths. */
const warmFieldsArb = fc.record({
  openness: fc.constantFrom(3, 4, 5, 5) as fc.Arbitrary<ConversationRecord["openness"]>,
  volunteered: fc.boolean(),
  pulledBackAt: pullBackArb(10),
  depthsShared: sharedArb,
});

const fieldsArb = fc.oneof(anyFieldsArb, warmFieldsArb);

/** One conversation anywhere in the first `maxDays` days. */
export const conversationArb = (maxDays = 365): fc.Arbitrary<ConversationRecord> =>
  fc
    .tuple(offsetMsArb(maxDays), fieldsArb)
    .map(([offset, fields]) => ({ occurredAt: new Date(START + offset), ...fields }));

/** Days from one conversation to the next: often a week or two, sometimes the same day, sometimes months. */
const gapMsArb = fc.oneof(
  { arbitrary: offsetMsArb(30), weight: 6 },
  { arbitrary: fc.constant(0), weight: 1 },
  { arbitrary: offsetMsArb(150), weight: 1 },
);

/** A relationship as it unfolds, conversation after conversation, shuffled as a caller might pass it. */
const unfoldingHistoryArb: fc.Arbitrary<ConversationRecord[]> = fc
  .array(
    fc.tuple(gapMsArb, fc.oneof({ arbitrary: warmFieldsArb, weight: 3 }, { arbitrary: anyFieldsArb, weight: 1 })),
    {
      maxLength: 10,
    },
  )
  .map((steps) => {
    let at = START;
    return steps.map(([gap, fields]) => {
      at += gap;
      return { occurredAt: new Date(at), ...fields };
    });
  })
  .chain((history) => fc.shuffledSubarray(history, { minLength: history.length, maxLength: history.length }));

export const historyArb = (): fc.Arbitrary<ConversationRecord[]> =>
  fc.oneof(unfoldingHistoryArb, fc.array(conversationArb(), { maxLength: 12 }));

/**
 * A history and a `now`: usually a little after the latest conversation, sometimes long
 * after (trust cools), sometimes before some conversations (which must then be ignored).
 */
export const historyAndNowArb: fc.Arbitrary<{ history: ConversationRecord[]; now: Date }> = historyArb().chain(
  (history) => {
    const latest = latestTime(history) ?? START;
    return fc
      .oneof(
        { arbitrary: offsetMsArb(30).map((wait) => latest + wait), weight: 4 },
        { arbitrary: offsetMsArb(200).map((wait) => latest + wait), weight: 1 },
        { arbitrary: offsetMsArb(400).map((offset) => START + offset), weight: 1 },
      )
      .map((now) => ({ history, now: new Date(now) }));
  },
);

/** The conversations that happened by `now`, computed independently of the engine. */
export function pastOnly(history: readonly ConversationRecord[], now: Date): ConversationRecord[] {
  return history.filter((conversation) => conversation.occurredAt.getTime() <= now.getTime());
}

export function latestTime(history: readonly ConversationRecord[]): number | null {
  return history.length === 0 ? null : Math.max(...history.map((c) => c.occurredAt.getTime()));
}

export function cloneHistory(history: readonly ConversationRecord[]): ConversationRecord[] {
  return history.map((c) => ({
    ...c,
    occurredAt: new Date(c.occurredAt.getTime()),
    depthsShared: [...c.depthsShared],
  }));
}

/**
 * Property 7 for any function of a history: the same answer whatever the clock says, in
 * whatever order the history comes, and the history left as it was.
 */
export function assertPure(compute: (history: ConversationRecord[], now: Date) => unknown, runs: { numRuns: number }) {
  const arb = fc.record({
    setup: historyAndNowArb,
    clockA: fc.integer({ min: 0, max: 2e12 }),
    clockB: fc.integer({ min: 0, max: 2e12 }),
  });
  fc.assert(
    fc.property(arb, ({ setup: { history, now }, clockA, clockB }) => {
      const copy = cloneHistory(history);
      vi.useFakeTimers({ now: clockA });
      const first = compute(history, now);
      vi.setSystemTime(clockB);
      const second = compute(history, now);
      vi.useRealTimers();
      expect(second).toEqual(first);
      expect(history).toEqual(copy);
      expect(compute([...history].reverse(), now)).toEqual(first);
      const shift = clockA % (history.length + 1);
      expect(compute([...history.slice(shift), ...history.slice(0, shift)], now)).toEqual(first);
    }),
    runs,
  );
}
