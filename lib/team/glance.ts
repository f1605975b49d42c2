import type { ConversationRecord, Depth } from "@/lib/trust/history";
import { suggestNextDepth } from "@/lib/trust/suggest";
import { type TrustTrend, trustTrend } from "@/lib/trust/trend";

export type Glance = { suggestedDepth: Depth; trend: TrustTrend };

/**
 * What the team page shows of each relationship, from the histories loaded in one batch
 * (`loadTrustHistories`): the suggested depth for the next conversation and the trust trend.
 * A report without a history gets the engine's answer for none (FACTUAL, no trend yet).
 */
export function glanceAt(histories: ReadonlyMap<string, ConversationRecord[]>, memberIds: readonly string[], now: Date) {
  const glances = new Map<string, Glance>();
  for (const id of memberIds) {
    const history = histories.get(id) ?? [];
    glances.set(id, { suggestedDepth: suggestNextDepth(history, now).depth, trend: trustTrend(history, now) });
  }
  return glances;
}
