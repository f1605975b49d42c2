// Next.js calls register() once per server instance, before the first request. In the Node.js
// runtime only (not the edge): the workaround that lets finished renders be garbage-collected
// (lib/runtime/abort-reasons.ts), the check of the note encryption key, then the schedules:
// erasing deleted notes after their 30 days, hourly; and reminders, only when SMTP is
// configured and REMINDERS_SCHEDULER is not "off" (docs/decisions/0007-reminder-schedule-in-postgres.md).
export async function register() {
  // Next.js sets NEXT_RUNTIME itself and inlines it at build time, so the edge bundle drops the
  // import below; reading it through lib/env would defeat that.
  // eslint-disable-next-line no-restricted-syntax
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { releaseAbortReasonStacks } = await import("@/lib/runtime/abort-reasons");
  releaseAbortReasonStacks();
  // A missing or malformed ENCRYPTION_KEY stops the server here, not at the first note read.
  const { noteKeyring } = await import("@/lib/crypto/note-keys");
  noteKeyring();
  const [{ startReminderScheduler }, { startPurgeSchedule }] = await Promise.all([
    import("@/lib/reminders/scheduler"),
    import("@/lib/privacy/purge-schedule"),
  ]);
  startReminderScheduler();
  startPurgeSchedule();
}
