/**
 * The conversation history the trust engine reads, and the small helpers both the depth
 * suggestion and the trust trend share. Pure: no database, framework or clock.
 * The rules are explained in docs/trust-engine.md.
 */

export type Depth = "FACTUAL" | "CAUSATIVE" | "VALUES";

export interface ConversationRecord {
  occurredAt: Date;
  /** How open the report was, as the manager judged it. */
  openness: 1 | 2 | 3 | 4 | 5;
  /** They offered something personal unprompted. */
  volunteered: boolean;
  /** The depth at which they deflected or closed up. */
  pulledBackAt: Depth | null;
  /** Depths of the insights recorded from this conversation. */
  depthsShared: Depth[];
}

/** Shallowest first: the order a relationship goes through them, never skipping one. */
export const DEPTH_ORDER = ["FACTUAL", "CAUSATIVE", "VALUES"] as const satisfies readonly Depth[];

export const DAY_MS = 24 * 60 * 60 * 1000;

export function depthRank(depth: Depth): number {
  return DEPTH_ORDER.indexOf(depth);
}

export function depthAtRank(rank: number): Depth {
  const clamped = Math.min(Math.max(Math.trunc(rank), 0), DEPTH_ORDER.length - 1);
  return DEPTH_ORDER[clamped] ?? "FACTUAL";
}

export function shallowerOf(a: Depth, b: Depth): Depth {
  return depthRank(a) <= depthRank(b) ? a : b;
}

/** One step shallower, or FACTUAL when there is nothing lighter. */
export function oneShallower(depth: Depth): Depth {
  return depthAtRank(depthRank(depth) - 1);
}

/** One step deeper, or null from VALUES. */
export function oneDeeper(depth: Depth): Depth | null {
  return depth === "VALUES" ? null : depthAtRank(depthRank(depth) + 1);
}

/**
 * The conversations that count at `now`: a sorted copy (oldest first), without those dated
 * after `now` (a conversation logged ahead of time has not happened yet) or with an invalid
 * date. Sorting a copy makes the result independent of the caller's order and leaves the
 * caller's array untouched.
 */
export function conversationsUpTo(history: readonly ConversationRecord[], now: Date): ConversationRecord[] {
  const nowMs = now.getTime();
  return history
    .filter((conversation) => {
      const at = conversation.occurredAt.getTime();
      return Number.isFinite(at) && at <= nowMs;
    })
    .sort(compareConversations);
}

/**
 * Oldest first; conversations on the same instant are ordered by their content, so that
 * every tie is broken the same way whatever order the caller passed them in.
 */
function compareConversations(a: ConversationRecord, b: ConversationRecord): number {
  return (
    a.occurredAt.getTime() - b.occurredAt.getTime() ||
    a.openness - b.openness ||
    Number(a.volunteered) - Number(b.volunteered) ||
    (a.pulledBackAt === null ? -1 : depthRank(a.pulledBackAt)) -
      (b.pulledBackAt === null ? -1 : depthRank(b.pulledBackAt)) ||
    compareText(a.depthsShared.join(), b.depthsShared.join())
  );
}

/** Code-unit order: unlike localeCompare, the same on every machine. */
function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/** The deepest depth at which anything was recorded in any of these conversations. */
export function deepestSharedIn(conversations: readonly ConversationRecord[]): Depth | null {
  let deepest: Depth | null = null;
  for (const conversation of conversations) {
    for (const depth of conversation.depthsShared) {
      if (deepest === null || depthRank(depth) > depthRank(deepest)) deepest = depth;
    }
  }
  return deepest;
}

/** Weight of something `ageMs` old when its influence halves every `halfLifeDays`. */
export function decayWeight(ageMs: number, halfLifeDays: number): number {
  return Math.pow(0.5, Math.max(ageMs, 0) / (halfLifeDays * DAY_MS));
}

/** Calendar date in UTC, yyyy-mm-dd: plain text a translation can format. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function wholeDaysBetween(earlier: Date, later: Date): number {
  return Math.floor((later.getTime() - earlier.getTime()) / DAY_MS);
}

export function roundToTenth(value: number): number {
  return Math.round(value * 10) / 10;
}
