import "server-only";
import { db } from "@/lib/db";
import { isEmailConfigured } from "@/lib/email/mailer";
import { AppError } from "@/lib/errors/app-error";
import type { Actor } from "@/lib/members/actor";

export async function getReminderSettings(actor: Actor) {
  const user = await db.user.findFirst({
    where: { id: actor.userId, workspaceId: actor.workspaceId },
    select: { remindersEnabled: true, reminderMinutes: true, timeZone: true },
  });
  if (!user) throw new AppError("NOT_FOUND");
  return { ...user, available: isEmailConfigured() };
}

/** Opts in or out of the daily digest and sets its local time; opting in needs SMTP. */
export async function updateReminderSettings(actor: Actor, settings: { enabled: boolean; minutes: number }) {
  if (settings.enabled && !isEmailConfigured()) throw new AppError("INVALID_INPUT", "enabled", "remindersUnavailable");
  await db.user.update({
    where: { id: actor.userId, workspaceId: actor.workspaceId },
    data: { remindersEnabled: settings.enabled, reminderMinutes: settings.minutes },
  });
}

/**
 * Digests that could not be sent, for the workspace owner: who, which day, how many tries,
 * the error's kind, and whether another try is coming. Nobody else sees this list.
 */
export async function listFailedDeliveries(actor: Actor) {
  const owner = await db.user.findFirst({ where: { id: actor.userId, workspaceId: actor.workspaceId, role: "OWNER" }, select: { id: true } });
  if (!owner) return [];
  return db.reminderDelivery.findMany({
    where: { workspaceId: actor.workspaceId, status: "FAILED" },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: 20,
    select: { id: true, localDate: true, attempts: true, lastError: true, nextAttemptAt: true, user: { select: { name: true, email: true } } },
  });
}

export type FailedDelivery = Awaited<ReturnType<typeof listFailedDeliveries>>[number];
