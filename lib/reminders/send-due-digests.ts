import "server-only";
import { db } from "@/lib/db";
import { emailSender, type Mailer, smtpMailer } from "@/lib/email/mailer";
import { collectDigest, isEmptyDigest } from "@/lib/reminders/collect-digest";
import { claimDelivery, markDelivered, markFailed } from "@/lib/reminders/deliveries";
import { localClock } from "@/lib/reminders/local-time";
import { renderDigest } from "@/lib/reminders/render-digest";

export type SendSummary = { sent: number; skipped: number; failed: number };

/**
 * One pass of the reminder schedule: every manager who opted in and whose local digest time
 * has come today gets today's digest, once. Safe to run from several instances at once and
 * as often as wanted; each digest is claimed in the database before it is sent.
 */
export async function sendDueDigests({ now = new Date(), mailer = smtpMailer() }: { now?: Date; mailer?: Mailer | null } = {}): Promise<SendSummary> {
  const summary: SendSummary = { sent: 0, skipped: 0, failed: 0 };
  if (!mailer) return summary;
  const users = await db.user.findMany({
    where: { remindersEnabled: true },
    select: { id: true, workspaceId: true, email: true, name: true, locale: true, timeZone: true, reminderMinutes: true },
    orderBy: { id: "asc" },
  });
  for (const user of users) {
    const clock = localClock(user.timeZone, now);
    if (clock.minutes < user.reminderMinutes) continue;
    const deliveryId = await claimDelivery(user, clock.date, now);
    if (!deliveryId) continue;
    try {
      const digest = await collectDigest({ userId: user.id, workspaceId: user.workspaceId }, user.timeZone, clock.date);
      if (isEmptyDigest(digest)) {
        await markDelivered(deliveryId, "SKIPPED", now);
        summary.skipped++;
        continue;
      }
      const email = await renderDigest(digest, user, clock.date);
      await mailer.sendMail({ from: emailSender(), to: user.email, ...email });
      await markDelivered(deliveryId, "SENT", now);
      summary.sent++;
    } catch (error) {
      await markFailed(deliveryId, error, now);
      summary.failed++;
    }
  }
  return summary;
}
