import { describe, expect, it } from "vitest";
import { compareDue, daysSince, dueStatus, engineNow, isDue, overdueRatio, todayIn } from "@/lib/team/cadence";

const DAY = 86_400_000;
const now = new Date("2026-03-10T12:00:00Z");
const today = new Date("2026-03-10T00:00:00Z");
const ago = (days: number) => new Date(now.getTime() - days * DAY);

describe("today", () => {
  it("is the user's calendar date, as midnight UTC", () => {
    const lateEvening = new Date("2026-03-10T20:30:00Z");
    expect(todayIn("UTC", lateEvening).toISOString()).toBe("2026-03-10T00:00:00.000Z");
    expect(todayIn("Asia/Tokyo", lateEvening).toISOString()).toBe("2026-03-11T00:00:00.000Z");
    expect(todayIn("America/Los_Angeles", new Date("2026-03-10T05:00:00Z")).toISOString()).toBe("2026-03-09T00:00:00.000Z");
  });

  it("lets the trust engine count a conversation logged for today, stored at noon UTC", () => {
    expect(engineNow(today, new Date("2026-03-10T03:00:00Z")).toISOString()).toBe("2026-03-10T12:00:00.000Z");
    expect(engineNow(today, new Date("2026-03-10T18:00:00Z")).toISOString()).toBe("2026-03-10T18:00:00.000Z");
  });
});

describe("dueStatus", () => {
  it("counts calendar days since the last conversation against the cadence", () => {
    expect(dueStatus(null, 14, today)).toEqual({ kind: "never" });
    expect(dueStatus(ago(3), 14, today)).toEqual({ kind: "upcoming", days: 11 });
    expect(dueStatus(ago(13.4), 14, today)).toEqual({ kind: "upcoming", days: 1 });
    expect(dueStatus(ago(14), 14, today)).toEqual({ kind: "today" });
    expect(dueStatus(ago(14.4), 14, today)).toEqual({ kind: "today" });
    expect(dueStatus(ago(20), 14, today)).toEqual({ kind: "overdue", days: 6 });
  });

  it("treats a conversation logged ahead of time as held today", () => {
    expect(daysSince(new Date("2026-03-10T23:00:00Z"), today)).toBe(0);
    expect(daysSince(new Date(now.getTime() + 2 * DAY), today)).toBe(0);
    expect(dueStatus(new Date(now.getTime() + 2 * DAY), 7, today)).toEqual({ kind: "upcoming", days: 7 });
  });

  it("is due when never talked with, due today or overdue", () => {
    expect([dueStatus(null, 7, today), dueStatus(ago(7), 7, today), dueStatus(ago(9), 7, today)].every(isDue)).toBe(true);
    expect(isDue(dueStatus(ago(6), 7, today))).toBe(false);
  });
});

describe("the order of who to talk with next", () => {
  it("puts the most overdue relative to the cadence first, then more open follow-ups, then names by locale", () => {
    const candidates = [
      { name: "Zoe", ratio: overdueRatio(ago(20), 14, today), openFollowUps: 0 },
      { name: "Émile", ratio: overdueRatio(ago(20), 14, today), openFollowUps: 0 },
      { name: "Eva", ratio: overdueRatio(ago(20), 14, today), openFollowUps: 1 },
      { name: "New", ratio: overdueRatio(null, 14, today), openFollowUps: 0 },
      { name: "Weekly", ratio: overdueRatio(ago(21), 7, today), openFollowUps: 0 },
    ];
    const sorted = [...candidates].sort(compareDue(new Intl.Collator("en"))).map((candidate) => candidate.name);
    expect(sorted).toEqual(["New", "Weekly", "Eva", "Émile", "Zoe"]);
  });
});
