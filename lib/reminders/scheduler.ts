import "server-only";
import { env } from "@/lib/env";
import { isEmailConfigured } from "@/lib/email/mailer";
import { sendDueDigests } from "@/lib/reminders/send-due-digests";

const state = globalThis as unknown as { innerviewReminderTimer?: ReturnType<typeof setInterval> };

/**
 * Runs the reminder schedule inside the web server: a pass every REMINDERS_INTERVAL_SECONDS,
 * never two at once in this process (the database keeps instances apart), never in the way of
 * a request (the timer does not keep the process alive and every failure is only logged).
 */
export function startReminderScheduler(): boolean {
  if (state.innerviewReminderTimer || env.REMINDERS_SCHEDULER === "off" || env.NODE_ENV === "test" || !isEmailConfigured()) return false;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await sendDueDigests();
    } catch (error) {
      console.warn("Reminder pass failed:", error instanceof Error ? error.name : typeof error);
    } finally {
      running = false;
    }
  };
  state.innerviewReminderTimer = setInterval(tick, env.REMINDERS_INTERVAL_SECONDS * 1000);
  state.innerviewReminderTimer.unref?.();
  return true;
}
