import ical, { type CalendarComponent, type VEvent } from "node-ical";
import { beforeEach, describe, expect, it } from "vitest";
import { GET } from "@/app/api/calendar/[token]/route";
import { buildCalendarFeed } from "@/lib/calendar/build-calendar-feed";
import { findCalendarOwner, hasCalendarFeed, regenerateCalendarToken, revokeCalendarToken } from "@/lib/calendar/feed-token";
import { db } from "@/lib/db";
import { createConversation, createFollowUp } from "@/tests/factories";
import { createProfileActors, notesOf } from "./profile-actors";

let people: Awaited<ReturnType<typeof createProfileActors>>;
let notes: ReturnType<typeof notesOf>;
const NOW = new Date("2026-06-15T12:00:00Z");

beforeEach(async () => {
  people = await createProfileActors();
  notes = notesOf(people.manager, people.report.id);
});

/** The events of a feed, as an independent parser reads them. */
function vevents(text: string): VEvent[] {
  return Object.values(ical.sync.parseICS(text)).filter((item): item is VEvent => (item as CalendarComponent | undefined)?.type === "VEVENT");
}

const summaries = (text: string) => vevents(text).map((event) => String(event.summary));

const fetchFeed = (token: string) => GET(new Request(`http://localhost/api/calendar/${token}`), { params: Promise.resolve({ token }) });

async function seedCalendar() {
  const followUp = await createFollowUp(db, {
    ...notes,
    request: "Join the spring data training",
    action: "SECRET ACTION TEXT",
    dueDate: new Date("2026-06-20T00:00:00Z"),
    milestones: [{ title: "Ask HR about budget", dueDate: new Date("2026-06-17T00:00:00Z") }, { title: "Done already", dueDate: new Date("2026-06-16T00:00:00Z"), doneAt: NOW }],
  });
  await createFollowUp(db, { ...notes, request: "Finished thing", status: "DONE", dueDate: new Date("2026-06-18T00:00:00Z") });
  const plan = await db.conversationPlan.create({
    data: { ...notes, intention: "SECRET INTENTION", depth: "CAUSATIVE", agenda: "SECRET AGENDA", plannedFor: new Date("2026-06-16T03:30:00Z") },
  });
  // Someone else's follow-up about the same report must not appear.
  await createFollowUp(db, { ...notesOf(people.colleague, people.report.id), request: "Colleague's", dueDate: new Date("2026-06-19T00:00:00Z") });
  return { followUp, plan };
}

describe("the calendar feed", () => {
  it("is readable by an independent parser: all-day due dates, timed planned conversations, stable UIDs, no note text", async () => {
    const { followUp, plan } = await seedCalendar();
    const text = await buildCalendarFeed({ ...people.manager, locale: "en" }, NOW);
    expect(text).not.toMatch(/SECRET/);
    const events = vevents(text);
    const byUid = new Map(events.map((event) => [event.uid, event]));
    expect([...byUid.keys()].sort()).toEqual(
      [`follow-up-${followUp.id}@innerview`, `milestone-${followUp.milestones[0]!.id}@innerview`, `plan-${plan.id}@innerview`].sort(),
    );
    const due = byUid.get(`follow-up-${followUp.id}@innerview`)!;
    expect(String(due.summary)).toBe(`Follow-up due — Yui Sato: Join the spring data training`);
    expect(due.datetype).toBe("date");
    expect(text).toContain("DTSTART;VALUE=DATE:20260620");
    const planned = byUid.get(`plan-${plan.id}@innerview`)!;
    expect(String(planned.summary)).toBe("Conversation with Yui Sato");
    expect(planned.start.toISOString()).toBe("2026-06-16T03:30:00.000Z");
    expect(planned.end?.toISOString()).toBe("2026-06-16T04:00:00.000Z");

    // Built again, the same rows give the same UIDs: calendar apps update instead of duplicating.
    const again = await buildCalendarFeed({ ...people.manager, locale: "en" }, NOW);
    expect(Object.keys(ical.sync.parseICS(again)).sort()).toEqual(Object.keys(ical.sync.parseICS(text)).sort());
  });

  it("speaks the manager's language", async () => {
    await seedCalendar();
    const text = await buildCalendarFeed({ ...people.manager, locale: "ja" }, NOW);
    expect(summaries(text)).toContain("Yui Satoさんとの会話");
    expect(summaries(text)).toContain("フォローアップ期限 — Yui Satoさん：Join the spring data training");
  });

  it("is served with a secret URL as text/calendar, and a wrong or revoked secret gets 404", async () => {
    await seedCalendar();
    expect(await hasCalendarFeed(people.manager)).toBe(false);
    const { token } = await regenerateCalendarToken(people.manager);
    expect(await hasCalendarFeed(people.manager)).toBe(true);
    // Only the hash is stored.
    const user = await db.user.findUniqueOrThrow({ where: { id: people.manager.userId } });
    expect(user.calendarTokenHash).not.toContain(token);

    const response = await fetchFeed(`${token}.ics`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(await response.text()).toContain("BEGIN:VCALENDAR");

    expect((await fetchFeed("not-a-real-token-at-all-0123456789")).status).toBe(404);
    expect((await fetchFeed("x")).status).toBe(404);

    const { token: replaced } = await regenerateCalendarToken(people.manager);
    expect((await fetchFeed(token)).status).toBe(404);
    expect((await fetchFeed(replaced)).status).toBe(200);
    await revokeCalendarToken(people.manager);
    expect((await fetchFeed(replaced)).status).toBe(404);
    expect(await findCalendarOwner(replaced)).toBeNull();
  });

  it("shows each manager only their own follow-ups and plans, even the owner", async () => {
    await seedCalendar();
    await createConversation(db, notes);
    for (const outsider of people.outsiders) {
      const text = await buildCalendarFeed({ ...outsider, locale: "en" }, NOW);
      expect(summaries(text).filter((summary) => !summary.includes("Colleague's"))).toEqual([]);
      // Tokens are per manager: another's token opens only their own feed.
      await regenerateCalendarToken(outsider);
    }
  });
});
