import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { collectDigest } from "@/lib/reminders/collect-digest";
import { getReminderSettings, listFailedDeliveries, updateReminderSettings } from "@/lib/reminders/preferences";
import { sendDueDigests } from "@/lib/reminders/send-due-digests";
import { createConversation, createFollowUp } from "@/tests/factories";
import { createProfileActors, notesOf } from "./profile-actors";
import { startSmtpSink } from "./reminders-support";

let people: Awaited<ReturnType<typeof createProfileActors>>;
let notes: ReturnType<typeof notesOf>;
let sink: Awaited<ReturnType<typeof startSmtpSink>>;

// 08:05 on 16 June in Tokyo, where the manager lives and wants the digest at 08:00.
const NOW = new Date("2026-06-15T23:05:00Z");
const minutes = (count: number) => new Date(NOW.getTime() + count * 60 * 1000);
const day = (date: string) => new Date(`${date}T00:00:00Z`);

beforeEach(async () => {
  people = await createProfileActors();
  notes = notesOf(people.manager, people.report.id);
  await db.user.update({
    where: { id: people.manager.userId },
    data: { name: "Mika Aoki", timeZone: "Asia/Tokyo", remindersEnabled: true, reminderMinutes: 8 * 60 },
  });
  sink = await startSmtpSink();
});

afterEach(async () => {
  await sink.stop();
});

async function seedDigest() {
  await createFollowUp(db, { ...notes, request: "Transfer to the Osaka office", action: "PRIVATE ACTION", dueDate: day("2026-06-10") });
  await createFollowUp(db, {
    ...notes,
    request: "Data science training",
    dueDate: day("2026-06-16"),
    milestones: [{ title: "Ask HR about budget", dueDate: day("2026-06-16") }],
  });
  await createFollowUp(db, { ...notes, request: "Not due yet", dueDate: day("2026-06-30") });
  await createFollowUp(db, { ...notes, request: "Already done", status: "DONE", dueDate: day("2026-06-01") });
  await createFollowUp(db, { ...notesOf(people.colleague, people.report.id), request: "Colleague's follow-up", dueDate: day("2026-06-10") });
  // Talked 20 days ago, with a cadence of 14: past cadence.
  await createConversation(db, { ...notes, occurredAt: new Date("2026-05-27T03:00:00Z"), intention: "PRIVATE INTENTION" });
  await db.conversationPlan.create({
    data: { ...notes, intention: "PRIVATE PLAN", depth: "FACTUAL", plannedFor: new Date("2026-06-16T03:30:00Z") },
  });
  // Tomorrow in Tokyo: not today's plan.
  await db.conversationPlan.create({ data: { ...notes, intention: "Later", depth: "FACTUAL", plannedFor: new Date("2026-06-16T15:30:00Z") } });
}

describe("the daily digest", () => {
  it("arrives over SMTP in English with due follow-ups, today's plans and reports past their cadence, and no notes", async () => {
    await seedDigest();
    expect(await sendDueDigests({ now: NOW, mailer: sink.mailer })).toEqual({ sent: 1, skipped: 0, failed: 0 });
    expect(sink.received).toHaveLength(1);
    const [email] = sink.received;
    const manager = await db.user.findUniqueOrThrow({ where: { id: people.manager.userId } });
    expect(email?.to).toEqual([manager.email]);
    expect(email?.subject).toBe("Innerview — your reminders for Jun 16, 2026");
    expect(email?.text).toContain("Good morning, Mika Aoki.");
    expect(email?.text).toContain("- Yui Sato: Transfer to the Osaka office (overdue since Jun 10, 2026)");
    expect(email?.text).toContain("- Yui Sato: Data science training (due today, Jun 16, 2026)");
    expect(email?.text).toContain("- Yui Sato: milestone “Ask HR about budget” (due today, Jun 16, 2026)");
    expect(email?.text).toContain("- Yui Sato at 12:30 PM");
    expect(email?.text).toContain("- Yui Sato: 20 days since your last conversation (you aim for every 14 days)");
    expect(email?.text).toMatch(/http:\/\/localhost:3000\/follow-ups/);
    expect(email?.html).toContain("<li>Yui Sato: Transfer to the Osaka office (overdue since Jun 10, 2026)</li>");
    for (const part of [email?.text, email?.html]) {
      expect(part).not.toMatch(/PRIVATE|Not due yet|Already done|Colleague/);
    }
    const delivery = await db.reminderDelivery.findFirstOrThrow();
    expect(delivery).toMatchObject({ localDate: "2026-06-16", status: "SENT", attempts: 1 });
  });

  it("arrives in Japanese for a manager who uses Innerview in Japanese", async () => {
    await db.user.update({ where: { id: people.manager.userId }, data: { locale: "ja", name: "青木 美香" } });
    await db.teamMember.update({ where: { id: people.report.id }, data: { name: "佐藤 結衣" } });
    await seedDigest();
    await sendDueDigests({ now: NOW, mailer: sink.mailer });
    const [email] = sink.received;
    expect(email?.subject).toBe("Innerview — 2026/06/16のリマインダー");
    expect(email?.text).toContain("青木 美香さん、おはようございます。");
    expect(email?.text).toContain("- 佐藤 結衣さん：Transfer to the Osaka office（2026/06/10から期限切れ）");
    expect(email?.text).toContain("- 佐藤 結衣さん（12:30）");
    expect(email?.text).toContain("- 佐藤 結衣さん：前回の会話から20日（目安は14日ごと）");
    expect(email?.html).toContain('<html lang="ja">');
  });

  it("waits for the manager's local time, and sends one digest a day however often the schedule runs", async () => {
    await seedDigest();
    expect(await sendDueDigests({ now: minutes(-10), mailer: sink.mailer })).toEqual({ sent: 0, skipped: 0, failed: 0 });
    await sendDueDigests({ now: NOW, mailer: sink.mailer });
    await sendDueDigests({ now: minutes(30), mailer: sink.mailer });
    await sendDueDigests({ now: minutes(10 * 60), mailer: sink.mailer });
    expect(sink.received).toHaveLength(1);
    // The next local day brings the next digest.
    await sendDueDigests({ now: minutes(24 * 60), mailer: sink.mailer });
    expect(sink.received).toHaveLength(2);
  });

  it("is sent once when two workers race for it", async () => {
    await seedDigest();
    const results = await Promise.all([sendDueDigests({ now: NOW, mailer: sink.mailer }), sendDueDigests({ now: NOW, mailer: sink.mailer })]);
    expect(results.map((result) => result.sent).sort()).toEqual([0, 1]);
    expect(sink.received).toHaveLength(1);
    expect(await db.reminderDelivery.count()).toBe(1);
  });

  it("is retried with backoff after a failed send, and the failure is shown to the owner only", async () => {
    await seedDigest();
    sink.failNext(1);
    expect(await sendDueDigests({ now: NOW, mailer: sink.mailer })).toMatchObject({ failed: 1 });
    const failed = await db.reminderDelivery.findFirstOrThrow();
    expect(failed).toMatchObject({ status: "FAILED", attempts: 1 });
    expect(failed.nextAttemptAt?.toISOString()).toBe(minutes(5).toISOString());

    const shown = await listFailedDeliveries(people.owner);
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatchObject({ localDate: "2026-06-16", attempts: 1, user: { name: "Mika Aoki" } });
    for (const someone of [people.manager, people.colleague, people.stranger]) expect(await listFailedDeliveries(someone)).toEqual([]);

    expect(await sendDueDigests({ now: minutes(1), mailer: sink.mailer })).toMatchObject({ sent: 0, failed: 0 });
    expect(await sendDueDigests({ now: minutes(6), mailer: sink.mailer })).toMatchObject({ sent: 1 });
    expect(sink.received).toHaveLength(1);
    expect(await db.reminderDelivery.findFirstOrThrow()).toMatchObject({ status: "SENT", attempts: 2, lastError: null });
    expect(await listFailedDeliveries(people.owner)).toEqual([]);
  });

  it("sends nothing when nothing is due, and nothing to managers who did not opt in", async () => {
    expect(await sendDueDigests({ now: NOW, mailer: sink.mailer })).toEqual({ sent: 0, skipped: 1, failed: 0 });
    await db.user.update({ where: { id: people.manager.userId }, data: { remindersEnabled: false } });
    await seedDigest();
    expect(await sendDueDigests({ now: minutes(24 * 60), mailer: sink.mailer })).toEqual({ sent: 0, skipped: 0, failed: 0 });
    expect(sink.received).toEqual([]);
  });

  it("collects only the manager's own follow-ups, plans and reports", async () => {
    await seedDigest();
    for (const outsider of people.outsiders) {
      const digest = await collectDigest(outsider, "Asia/Tokyo", "2026-06-16");
      expect(digest.plans).toEqual([]);
      expect(digest.pastCadence).toEqual([]);
      expect(digest.milestones).toEqual([]);
      expect(digest.followUps.map((row) => row.request).filter((request) => request !== "Colleague's follow-up")).toEqual([]);
    }
  });
});

describe("reminder settings", () => {
  it("cannot be turned on without SMTP, and say so", async () => {
    expect(await getReminderSettings(people.colleague)).toMatchObject({ remindersEnabled: false, available: false });
    await expect(updateReminderSettings(people.colleague, { enabled: true, minutes: 420 })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await updateReminderSettings(people.colleague, { enabled: false, minutes: 420 });
    expect(await getReminderSettings(people.colleague)).toMatchObject({ remindersEnabled: false, reminderMinutes: 420 });
  });
});
