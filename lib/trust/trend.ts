/**
 * A trust trend per report: how the relationship is developing, for the manager's eyes only.
 * It is a private aid to pace conversations, never a ranking or a rating of people: the UI
 * must not sort or compare reports by it. Pure and deterministic; `now` is an argument.
 * Formula: docs/trust-engine.md, "The trust trend".
 */
import {
  type ConversationRecord,
  type Depth,
  DAY_MS,
  conversationsUpTo,
  decayWeight,
  deepestSharedIn,
} from "./history";
import { COOLING_GAP_DAYS } from "./holds";

/** A conversation's weight halves every this many days: recent conversations speak loudest. */
export const TREND_HALF_LIFE_DAYS = 45;
/** Where trust rests without evidence, 0–100: an acquaintance. Without contact the score drifts back here. */
export const TREND_BASELINE = 40;
/** How much the baseline weighs, in conversations held today. */
export const TREND_BASELINE_WEIGHT = 1;
/** Credit (0–1 scale) for offering something personal unprompted. */
export const TREND_VOLUNTEERED_CREDIT = 0.1;
/** Credit (0–1 scale) by the deepest depth shared in the conversation. */
export const TREND_DEPTH_CREDIT: Record<Depth, number> = { FACTUAL: 0, CAUSATIVE: 0.05, VALUES: 0.1 };
/** Penalty (0–1 scale) for closing up. */
export const TREND_PULL_BACK_PENALTY = 0.2;
/** The direction compares the score now with the score this many days ago. */
export const TREND_WINDOW_DAYS = 28;
/** A change of at least this many points is warming or cooling; less is steady. */
export const TREND_DIRECTION_POINTS = 5;

export type TrendDirection = "warming" | "steady" | "cooling" | "unknown";

export interface TrustTrend {
  /** 0–100, whole number; null without conversations. */
  score: number | null;
  direction: TrendDirection;
  /** Points gained or lost over the last TREND_WINDOW_DAYS; null without conversations. */
  change: number | null;
  /** Conversations taken into account (those dated after `now` are not). */
  basedOn: number;
}

/** One conversation on a 0–1 scale: openness, plus credit for what was offered, minus closing up. */
export function conversationScore(conversation: ConversationRecord): number {
  const deepest = deepestSharedIn([conversation]);
  const raw =
    (conversation.openness - 1) / 4 +
    (conversation.volunteered ? TREND_VOLUNTEERED_CREDIT : 0) +
    (deepest === null ? 0 : TREND_DEPTH_CREDIT[deepest]) -
    (conversation.pulledBackAt === null ? 0 : TREND_PULL_BACK_PENALTY);
  return Math.min(Math.max(raw, 0), 1);
}

/** The time-decayed average of conversation scores, with the baseline as one more voice. 0–100. */
function scoreAt(sortedConversations: readonly ConversationRecord[], at: Date): number {
  let weightedSum = TREND_BASELINE_WEIGHT * (TREND_BASELINE / 100);
  let totalWeight = TREND_BASELINE_WEIGHT;
  for (const conversation of sortedConversations) {
    if (conversation.occurredAt.getTime() > at.getTime()) break;
    const weight = decayWeight(at.getTime() - conversation.occurredAt.getTime(), TREND_HALF_LIFE_DAYS);
    weightedSum += weight * conversationScore(conversation);
    totalWeight += weight;
  }
  return (100 * weightedSum) / totalWeight;
}

/**
 * The trust trend with one report at `now`. Conversations dated after `now` are ignored.
 * Direction is "unknown" without conversations; it is never "warming" without a conversation
 * in the window, since a score that only drifts back to the baseline is not trust growing;
 * and it is "cooling" after the same silence that makes the depth suggestion warm up again.
 */
export function trustTrend(history: ConversationRecord[], now: Date): TrustTrend {
  const conversations = conversationsUpTo(history, now);
  const latest = conversations.at(-1);
  if (!latest) return { score: null, direction: "unknown", change: null, basedOn: 0 };

  const windowStart = new Date(now.getTime() - TREND_WINDOW_DAYS * DAY_MS);
  const current = scoreAt(conversations, now);
  const change = Math.round(current - scoreAt(conversations, windowStart));
  const talkedInWindow = latest.occurredAt.getTime() > windowStart.getTime();
  const silentTooLong = now.getTime() - latest.occurredAt.getTime() > COOLING_GAP_DAYS * DAY_MS;
  let direction: TrendDirection = "steady";
  if (change >= TREND_DIRECTION_POINTS && talkedInWindow) direction = "warming";
  if (change <= -TREND_DIRECTION_POINTS || silentTooLong) direction = "cooling";
  return { score: Math.round(current), direction, change, basedOn: conversations.length };
}
