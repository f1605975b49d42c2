/**
 * How long a deleted insight or conversation stays restorable from "Recently deleted".
 *
 * Deleting only sets `deletedAt`; nothing purges the rows yet. Purging them for good after this
 * period (a scheduled job) is left for later: until then, older deleted notes are hidden
 * everywhere and can no longer be restored, but they are still in the database.
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
