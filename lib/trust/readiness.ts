/**
 * What a relationship needs before a deeper depth is suggested, and how far along it is.
 * The thresholds are deliberately moderate: people overestimate how awkward deeper talk
 * will be (Kardas, Kumar & Epley 2021), so the engine should not hold a manager back once
 * the report has shown they are open. See docs/trust-engine.md.
 */
import {
  type ConversationRecord,
  type Depth,
  decayWeight,
  deepestSharedIn,
  depthRank,
  oneShallower,
  roundToTenth,
  wholeDaysBetween,
} from "./history";

/** Conversations needed before asking why (causative): one chat is an introduction, two are a pattern. */
export const CAUSATIVE_MIN_CONVERSATIONS = 2;
/** Recent openness (1–5) needed for causative topics: "neutral" is enough to ask why. */
export const CAUSATIVE_MIN_OPENNESS = 3;
/** Conversations needed before values topics. */
export const VALUES_MIN_CONVERSATIONS = 3;
/** Days between the first and the latest conversation before values topics: trust needs time, not only talk. */
export const VALUES_MIN_SPAN_DAYS = 21;
/** Recent openness needed for values topics: between neutral (3) and open (4). */
export const VALUES_MIN_OPENNESS = 3.5;
/** Recent conversations count more: an openness rating's weight halves every this many days. */
export const OPENNESS_HALF_LIFE_DAYS = 30;
/** Offering something personal unprompted is a sign of trust beyond the rating. */
export const VOLUNTEERED_OPENNESS_BONUS = 0.5;
/** Closing up is a sign of the opposite; the rating alone may not show it. */
export const PULLED_BACK_OPENNESS_PENALTY = 1;

export interface DepthRequirements {
  conversations: number;
  spanDays: number;
  openness: number;
}

/** What each depth deeper than FACTUAL requires. FACTUAL requires nothing. */
export const REQUIREMENTS: Record<Exclude<Depth, "FACTUAL">, DepthRequirements> = {
  CAUSATIVE: { conversations: CAUSATIVE_MIN_CONVERSATIONS, spanDays: 0, openness: CAUSATIVE_MIN_OPENNESS },
  VALUES: { conversations: VALUES_MIN_CONVERSATIONS, spanDays: VALUES_MIN_SPAN_DAYS, openness: VALUES_MIN_OPENNESS },
};

export interface RelationshipStats {
  conversations: number;
  /** Whole days from the first to the latest conversation. */
  spanDays: number;
  /** Recency-weighted openness, 1–5 to one decimal; null without conversations. */
  recentOpenness: number | null;
  deepestShared: Depth | null;
}

export interface Readiness {
  nextDepth: Depth;
  conversations: { have: number; need: number };
  spanDays: { have: number; need: number };
  openness: { have: number | null; need: number };
  /** The depth before `nextDepth` must have been shared: depths are never skipped. */
  prerequisite: { depth: Depth; shared: boolean };
  /** Every requirement above is met (a pull-back or a long gap may still hold the suggestion). */
  met: boolean;
}

/** An openness rating adjusted for what the manager saw beyond it, kept within 1–5. */
function effectiveOpenness(conversation: ConversationRecord): number {
  const adjusted =
    conversation.openness +
    (conversation.volunteered ? VOLUNTEERED_OPENNESS_BONUS : 0) -
    (conversation.pulledBackAt === null ? 0 : PULLED_BACK_OPENNESS_PENALTY);
  return Math.min(Math.max(adjusted, 1), 5);
}

/**
 * Weighted by age relative to the latest conversation, so the average does not drift while
 * nobody talks (the gap itself is handled by the cooling rule) and old ratings never
 * underflow to a zero total weight.
 */
function recentOpennessOf(sortedConversations: readonly ConversationRecord[]): number | null {
  const latest = sortedConversations.at(-1);
  if (!latest) return null;
  let weightedSum = 0;
  let totalWeight = 0;
  for (const conversation of sortedConversations) {
    const weight = decayWeight(
      latest.occurredAt.getTime() - conversation.occurredAt.getTime(),
      OPENNESS_HALF_LIFE_DAYS,
    );
    weightedSum += weight * effectiveOpenness(conversation);
    totalWeight += weight;
  }
  // Rounded once, here, so the number the manager sees is the number that was compared.
  return roundToTenth(weightedSum / totalWeight);
}

/** `sortedConversations` must be oldest first (see `conversationsUpTo`). */
export function relationshipStats(sortedConversations: readonly ConversationRecord[]): RelationshipStats {
  const first = sortedConversations[0];
  const latest = sortedConversations.at(-1);
  return {
    conversations: sortedConversations.length,
    spanDays: first && latest ? wholeDaysBetween(first.occurredAt, latest.occurredAt) : 0,
    recentOpenness: recentOpennessOf(sortedConversations),
    deepestShared: deepestSharedIn(sortedConversations),
  };
}

export function readinessFor(nextDepth: Exclude<Depth, "FACTUAL">, stats: RelationshipStats): Readiness {
  const need = REQUIREMENTS[nextDepth];
  const prerequisiteDepth = oneShallower(nextDepth);
  const prerequisiteShared =
    stats.deepestShared !== null && depthRank(stats.deepestShared) >= depthRank(prerequisiteDepth);
  const met =
    stats.conversations >= need.conversations &&
    stats.spanDays >= need.spanDays &&
    stats.recentOpenness !== null &&
    stats.recentOpenness >= need.openness &&
    prerequisiteShared;
  return {
    nextDepth,
    conversations: { have: stats.conversations, need: need.conversations },
    spanDays: { have: stats.spanDays, need: need.spanDays },
    openness: { have: stats.recentOpenness, need: need.openness },
    prerequisite: { depth: prerequisiteDepth, shared: prerequisiteShared },
    met,
  };
}

/** The deepest depth whose requirements, and those of every depth before it, are met. */
export function deepestReadyDepth(stats: RelationshipStats): Depth {
  if (!readinessFor("CAUSATIVE", stats).met) return "FACTUAL";
  if (!readinessFor("VALUES", stats).met) return "CAUSATIVE";
  return "VALUES";
}
