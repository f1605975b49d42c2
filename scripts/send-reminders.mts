// `npm run reminders:send`: one pass of the reminder schedule, for a cron (with
// REMINDERS_SCHEDULER=off on the web servers, or alongside them: digests are claimed in the
// database, so a manager still gets one a day).
import { closeEmbeddedDatabases } from "@/lib/db/embedded";
import { isEmailConfigured } from "@/lib/email/mailer";
import { sendDueDigests } from "@/lib/reminders/send-due-digests";

if (!isEmailConfigured()) {
  console.log("Innerview: SMTP_HOST and SMTP_FROM are not set; no reminders to send.");
} else {
  const summary = await sendDueDigests();
  console.log(`Innerview reminders: ${summary.sent} sent, ${summary.skipped} with nothing due, ${summary.failed} failed.`);
}
await closeEmbeddedDatabases();
