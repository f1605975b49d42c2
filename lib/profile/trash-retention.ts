/**
 * How long a deleted insight or conversation stays restorable from "Recently deleted".
 *
 * Deleting only sets `deletedAt`; after this period the rows are erased for good by
 * `purgeDeletedNotes` (lib/privacy/purge-deleted-notes.ts), run by every app instance hourly.
 */
export const TRASH_RETENTION_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

/** The oldest deletion time that can still be restored at `now`. */
export function restorableSince(now: Date): Date {
  return new Date(now.getTime() - TRASH_RETENTION_DAYS * DAY_MS);
}

/** The last moment an item deleted at `deletedAt` can be restored. */
export function restorableUntil(deletedAt: Date): Date {
  return new Date(deletedAt.getTime() + TRASH_RETENTION_DAYS * DAY_MS);
}
