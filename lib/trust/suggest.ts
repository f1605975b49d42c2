/**
 * The depth suggestion: how deep the next conversation with a report can reasonably go, and
 * why. Pure and deterministic: no database, framework or clock; `now` is an argument.
 * The rules, their constants and the research behind them: docs/trust-engine.md.
 * Contract and properties: issue #4.
 */
import {
  type ConversationRecord,
  type Depth,
  conversationsUpTo,
  depthRank,
  isoDate,
  oneDeeper,
  shallowerOf,
} from "./history";
import { type CoolingHold, type PullBackHold, activePullBack, coolingHold } from "./holds";
import {
  type Readiness,
  type RelationshipStats,
  deepestReadyDepth,
  readinessFor,
  relationshipStats,
} from "./readiness";
import type { Reason } from "./reasons";

export type { ConversationRecord, Depth } from "./history";
export { COOLING_GAP_DAYS, PULL_BACK_RECOVERY_CONVERSATIONS } from "./holds";
export type { CoolingHold, PullBackHold } from "./holds";
export {
  CAUSATIVE_MIN_CONVERSATIONS,
  CAUSATIVE_MIN_OPENNESS,
  OPENNESS_HALF_LIFE_DAYS,
  PULLED_BACK_OPENNESS_PENALTY,
  REQUIREMENTS,
  VALUES_MIN_CONVERSATIONS,
  VALUES_MIN_OPENNESS,
  VALUES_MIN_SPAN_DAYS,
  VOLUNTEERED_OPENNESS_BONUS,
} from "./readiness";
export type { Readiness } from "./readiness";
export { REASON_KEYS } from "./reasons";
export type { Reason, ReasonKey } from "./reasons";

export interface DepthSuggestion {
  depth: Depth;
  /** Translatable, most important first, never empty. */
  reasons: Reason[];
  /** The deepest depth at which anything has been recorded. */
  deepestShared: Depth | null;
  /** Progress toward the depth after the suggested one; null when the suggestion is VALUES. */
  readiness: Readiness | null;
  /** A recent pull-back that keeps the suggestion lighter, if any. */
  pullBack: PullBackHold | null;
  /** A long gap that keeps the suggestion lighter, if any. */
  cooling: CoolingHold | null;
  /** Conversations taken into account (those dated after `now` are not). */
  conversationsConsidered: number;
  /** Recency-weighted openness, 1–5 to one decimal; null without conversations. */
  recentOpenness: number | null;
  lastConversationOn: string | null;
}

/**
 * Suggests the depth of the next conversation from the history with one report.
 * Conversations dated after `now` are ignored: they have not happened yet.
 */
export function suggestNextDepth(history: ConversationRecord[], now: Date): DepthSuggestion {
  const conversations = conversationsUpTo(history, now);
  const stats = relationshipStats(conversations);
  const latest = conversations.at(-1);
  if (!latest) {
    return {
      depth: "FACTUAL",
      reasons: [{ key: "trust.reason.noHistory" }],
      deepestShared: null,
      readiness: readinessFor("CAUSATIVE", stats),
      pullBack: null,
      cooling: null,
      conversationsConsidered: 0,
      recentOpenness: null,
      lastConversationOn: null,
    };
  }

  // Trust sets how deep the relationship could go; a pull-back or a long gap can only lower it.
  const readyDepth = deepestReadyDepth(stats);
  const pullBack = activePullBack(conversations);
  const cooling = coolingHold(conversations, stats.deepestShared, now);
  let depth = readyDepth;
  if (pullBack) depth = shallowerOf(depth, pullBack.ceiling);
  if (cooling) depth = shallowerOf(depth, cooling.ceiling);

  const next = oneDeeper(depth);
  const readiness = next === null || next === "FACTUAL" ? null : readinessFor(next, stats);
  return {
    depth,
    reasons: reasonsFor({ depth, readyDepth, stats, readiness, pullBack, cooling }),
    deepestShared: stats.deepestShared,
    readiness,
    pullBack,
    cooling,
    conversationsConsidered: stats.conversations,
    recentOpenness: stats.recentOpenness,
    lastConversationOn: isoDate(latest.occurredAt),
  };
}

interface ReasonInputs {
  depth: Depth;
  readyDepth: Depth;
  stats: RelationshipStats;
  readiness: Readiness | null;
  pullBack: PullBackHold | null;
  cooling: CoolingHold | null;
}

function reasonsFor({ depth, readyDepth, stats, readiness, pullBack, cooling }: ReasonInputs): Reason[] {
  const reasons: Reason[] = [];
  // A hold is news to the manager even when trust alone would not go deeper yet.
  if (pullBack) {
    reasons.push({ key: "trust.reason.pulledBack", values: { depth: pullBack.depth, date: pullBack.on } });
  }
  if (cooling) {
    reasons.push({
      key: "trust.reason.cooled",
      values: { days: cooling.daysSince, date: cooling.lastConversationOn },
    });
  }
  const heldBack = depthRank(depth) < depthRank(readyDepth);
  if (!heldBack && depth !== "FACTUAL") {
    reasons.push({
      key: "trust.reason.ready",
      values: { depth, conversations: stats.conversations, openness: stats.recentOpenness ?? 0 },
    });
  }
  if (depth === "VALUES") reasons.push({ key: "trust.reason.valuesGently" });
  // What is missing toward the next depth, unless a hold (already explained) is what stops it.
  if (readiness && !heldBack) reasons.push(...missingFor(readiness));
  return reasons;
}

function missingFor(readiness: Readiness): Reason[] {
  const { nextDepth, conversations, spanDays, openness, prerequisite } = readiness;
  const missing: Reason[] = [];
  if (!prerequisite.shared) {
    missing.push({ key: "trust.reason.needSharedAt", values: { depth: prerequisite.depth, nextDepth } });
  }
  if (conversations.have < conversations.need) {
    missing.push({
      key: "trust.reason.needMoreConversations",
      values: { nextDepth, have: conversations.have, need: conversations.need },
    });
  }
  if (spanDays.have < spanDays.need) {
    missing.push({
      key: "trust.reason.needLongerSpan",
      values: { nextDepth, have: spanDays.have, need: spanDays.need },
    });
  }
  if (openness.have !== null && openness.have < openness.need) {
    missing.push({ key: "trust.reason.opennessLow", values: { nextDepth, have: openness.have, need: openness.need } });
  }
  return missing;
}
