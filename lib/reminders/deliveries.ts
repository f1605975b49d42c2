import "server-only";
import { db } from "@/lib/db";

/** A sender holds a claimed digest this long; if it crashes, another may take it over after. */
export const LEASE_MS = 5 * 60 * 1000;
/** A failed digest is tried this many times in all, with growing waits in between. */
export const MAX_ATTEMPTS = 5;

/** How long to wait after the `attempts`-th failure: 5 min, 10, 20, 40… at most 2 hours. */
export function retryDelayMs(attempts: number): number {
  return Math.min(5 * 60 * 1000 * 2 ** Math.max(0, attempts - 1), 2 * 60 * 60 * 1000);
}

/**
 * Claims the digest of one manager for one local date. The first claim inserts the row (the
 * unique key on user and date lets exactly one of several racing instances do it); later
 * claims only take over a failed digest whose wait is over, or a send whose lease ran out.
 * Both are single statements, so two instances can never both hold the same digest.
 */
export async function claimDelivery(user: { id: string; workspaceId: string }, localDate: string, now: Date): Promise<string | null> {
  const leaseUntil = new Date(now.getTime() + LEASE_MS);
  const inserted = await db.reminderDelivery.createMany({
    data: [{ workspaceId: user.workspaceId, userId: user.id, localDate, status: "SENDING", attempts: 1, leaseUntil }],
    skipDuplicates: true,
  });
  if (inserted.count === 0) {
    const taken = await db.reminderDelivery.updateMany({
      where: {
        userId: user.id,
        localDate,
        attempts: { lt: MAX_ATTEMPTS },
        OR: [
          { status: "FAILED", nextAttemptAt: { lte: now } },
          { status: "SENDING", leaseUntil: { lt: now } },
        ],
      },
      data: { status: "SENDING", attempts: { increment: 1 }, leaseUntil, nextAttemptAt: null },
    });
    if (taken.count === 0) return null;
  }
  const row = await db.reminderDelivery.findUnique({ where: { userId_localDate: { userId: user.id, localDate } }, select: { id: true } });
  return row?.id ?? null;
}

export async function markDelivered(id: string, status: "SENT" | "SKIPPED", now: Date) {
  await db.reminderDelivery.update({ where: { id }, data: { status, sentAt: status === "SENT" ? now : null, leaseUntil: null, lastError: null } });
}

/** Records a failure, and when to try again (none after the last attempt). */
export async function markFailed(id: string, error: unknown, now: Date) {
  const row = await db.reminderDelivery.findUniqueOrThrow({ where: { id }, select: { attempts: true } });
  // The SMTP error's kind and code only: never the message, which could quote the email.
  const described =
    error instanceof Error ? [error.name, (error as { code?: unknown }).code].filter((part) => typeof part === "string").join(" ") : "Error";
  await db.reminderDelivery.update({
    where: { id },
    data: {
      status: "FAILED",
      leaseUntil: null,
      lastError: described.slice(0, 200),
      nextAttemptAt: row.attempts < MAX_ATTEMPTS ? new Date(now.getTime() + retryDelayMs(row.attempts)) : null,
    },
  });
}
