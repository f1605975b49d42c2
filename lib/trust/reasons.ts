/**
 * Why the engine suggests a depth, as translation keys with plain values, so the UI can say
 * it in the manager's language. Dates are ISO yyyy-mm-dd strings; depths are the Depth
 * names ("FACTUAL", "CAUSATIVE", "VALUES"), which the UI translates too.
 */

export const REASON_KEYS = [
  /** No conversation yet. No values. */
  "trust.reason.noHistory",
  /** Closed up recently. Values: depth, date. */
  "trust.reason.pulledBack",
  /** A long gap since the last conversation. Values: days, date. */
  "trust.reason.cooled",
  /** Trust is there for the suggested depth. Values: depth, conversations, openness. */
  "trust.reason.ready",
  /** Toward the next depth: more conversations. Values: nextDepth, have, need. */
  "trust.reason.needMoreConversations",
  /** Toward the next depth: a longer acquaintance. Values: nextDepth, have, need (days). */
  "trust.reason.needLongerSpan",
  /** Toward the next depth: more openness. Values: nextDepth, have, need (1–5, one decimal). */
  "trust.reason.opennessLow",
  /** Toward the next depth: the depth before it must be shared first. Values: depth, nextDepth. */
  "trust.reason.needSharedAt",
  /** At VALUES: the reminder that these questions must never feel like extraction. No values. */
  "trust.reason.valuesGently",
] as const;

export type ReasonKey = (typeof REASON_KEYS)[number];

export interface Reason {
  key: ReasonKey;
  values?: Record<string, string | number>;
}
