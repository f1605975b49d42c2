import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/members/actor";

// The personal calendar feed is read by calendar apps without a session, so its URL carries a
// secret. Only its SHA-256 is stored: a copy of the database cannot be used to read feeds.

export function hashCalendarToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** A new secret for the actor's feed; the previous URL stops working at once. Shown only now. */
export async function regenerateCalendarToken(actor: Actor): Promise<{ token: string }> {
  const token = randomBytes(32).toString("base64url");
  await db.user.update({ where: { id: actor.userId, workspaceId: actor.workspaceId }, data: { calendarTokenHash: hashCalendarToken(token) } });
  return { token };
}

/** Turns the feed off: every calendar subscribed to it gets 404 from now on. */
export async function revokeCalendarToken(actor: Actor): Promise<void> {
  await db.user.update({ where: { id: actor.userId, workspaceId: actor.workspaceId }, data: { calendarTokenHash: null } });
}

export async function hasCalendarFeed(actor: Actor): Promise<boolean> {
  const user = await db.user.findFirst({ where: { id: actor.userId, workspaceId: actor.workspaceId }, select: { calendarTokenHash: true } });
  return Boolean(user?.calendarTokenHash);
}

/** Whose feed a secret opens, or null (a wrong or revoked secret looks like a missing feed). */
export async function findCalendarOwner(token: string) {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  return db.user.findUnique({
    where: { calendarTokenHash: hashCalendarToken(token) },
    select: { id: true, workspaceId: true, locale: true, timeZone: true },
  });
}
