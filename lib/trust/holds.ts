/**
 * What holds a suggestion below what trust would otherwise allow: a recent pull-back, and a
 * long gap since the last conversation. Both follow DOMAIN.md's rules of thumb: "if the
 * person closed up at a depth, step back", and "after a long gap, warm up again at a
 * lighter depth".
 */
import {
  type ConversationRecord,
  type Depth,
  DAY_MS,
  depthRank,
  isoDate,
  oneShallower,
  wholeDaysBetween,
} from "./history";

/**
 * A pull-back keeps the suggestion below its depth until this many later conversations went
 * without one: one easy conversation can be politeness, two show the door is open again.
 */
export const PULL_BACK_RECOVERY_CONVERSATIONS = 2;
/** A gap longer than this (in days) cools trust: warm up again one depth lighter. */
export const COOLING_GAP_DAYS = 90;

export interface PullBackHold {
  /** The depth at which they closed up. */
  depth: Depth;
  /** When, as yyyy-mm-dd. */
  on: string;
  /** The deepest depth the suggestion may be while this holds. */
  ceiling: Depth;
}

export interface CoolingHold {
  lastConversationOn: string;
  daysSince: number;
  ceiling: Depth;
}

/**
 * The pull-back that still holds and limits the most; on a tie, the latest. Conversations on
 * the same instant as the pull-back are not "later": with no order between them, the
 * cautious reading keeps the hold (and the result independent of the input's order).
 */
export function activePullBack(sortedConversations: readonly ConversationRecord[]): PullBackHold | null {
  let strongest: PullBackHold | null = null;
  sortedConversations.forEach((conversation) => {
    const depth = conversation.pulledBackAt;
    if (depth === null) return;
    const at = conversation.occurredAt.getTime();
    const openSince = sortedConversations.filter(
      (later) => later.occurredAt.getTime() > at && later.pulledBackAt === null,
    ).length;
    if (openSince >= PULL_BACK_RECOVERY_CONVERSATIONS) return;
    // Shallower than where they closed up; at FACTUAL there is nothing lighter than FACTUAL.
    const hold: PullBackHold = { depth, on: isoDate(conversation.occurredAt), ceiling: oneShallower(depth) };
    const limitsMore = strongest === null || depthRank(hold.ceiling) <= depthRank(strongest.ceiling);
    if (limitsMore) strongest = hold;
  });
  return strongest;
}

/** Null unless the latest conversation is more than COOLING_GAP_DAYS before `now`. */
export function coolingHold(
  sortedConversations: readonly ConversationRecord[],
  deepestShared: Depth | null,
  now: Date,
): CoolingHold | null {
  const latest = sortedConversations.at(-1);
  if (!latest) return null;
  if (now.getTime() - latest.occurredAt.getTime() <= COOLING_GAP_DAYS * DAY_MS) return null;
  return {
    lastConversationOn: isoDate(latest.occurredAt),
    daysSince: wholeDaysBetween(latest.occurredAt, now),
    // One step lighter than the deepest they ever shared, FACTUAL at least.
    ceiling: deepestShared === null ? "FACTUAL" : oneShallower(deepestShared),
  };
}
