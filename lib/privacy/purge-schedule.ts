import "server-only";
import { env } from "@/lib/env";
import { purgeDeletedNotes } from "@/lib/privacy/purge-deleted-notes";

const PURGE_INTERVAL_MS = 60 * 60 * 1000;
const state = globalThis as unknown as { innerviewPurgeTimer?: ReturnType<typeof setInterval> };

/** Erases expired deleted notes at start and every hour, never in the way of a request. */
export function startPurgeSchedule(): boolean {
  if (state.innerviewPurgeTimer || env.NODE_ENV === "test") return false;
  const purge = () =>
    purgeDeletedNotes().catch((error: unknown) => {
      console.warn("Purging deleted notes failed:", error instanceof Error ? error.name : typeof error);
    });
  void purge();
  state.innerviewPurgeTimer = setInterval(purge, PURGE_INTERVAL_MS);
  state.innerviewPurgeTimer.unref?.();
  return true;
}
