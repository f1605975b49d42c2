import { describe, expect, it } from "vitest";
import { compareDue, daysSince, dueStatus, isDue, overdueRatio } from "@/lib/team/cadence";

const DAY = 86_400_000;
const now = new Date("2026-03-10T12:00:00Z");
const ago = (days: number) => new Date(now.getTime() - days * DAY);

describe("dueStatus", () => {
  it("counts whole days since the last conversation against the cadence", () => {
    expect(dueStatus(null, 14, now)).toEqual({ kind: "never" });
    expect(dueStatus(ago(3), 14, now)).toEqual({ kind: "upcoming", days: 11 });
    expect(dueStatus(ago(13.9), 14, now)).toEqual({ kind: "upcoming", days: 1 });
    expect(dueStatus(ago(14), 14, now)).toEqual({ kind: "today" });
    expect(dueStatus(ago(14.8), 14, now)).toEqual({ kind: "today" });
    expect(dueStatus(ago(20), 14, now)).toEqual({ kind: "overdue", days: 6 });
  });

  it("treats a conversation logged ahead of time as held today", () => {
    expect(daysSince(new Date(now.getTime() + 2 * DAY), now)).toBe(0);
    expect(dueStatus(new Date(now.getTime() + 2 * DAY), 7, now)).toEqual({ kind: "upcoming", days: 7 });
  });

  it("is due when never talked with, due today or overdue", () => {
    expect([dueStatus(null, 7, now), dueStatus(ago(7), 7, now), dueStatus(ago(9), 7, now)].every(isDue)).toBe(true);
    expect(isDue(dueStatus(ago(6), 7, now))).toBe(false);
  });
});

describe("the order of who to talk with next", () => {
  it("puts the most overdue relative to the cadence first, then more open follow-ups, then names by locale", () => {
    const candidates = [
      { name: "Zoe", ratio: overdueRatio(ago(20), 14, now), openFollowUps: 0 },
      { name: "Émile", ratio: overdueRatio(ago(20), 14, now), openFollowUps: 0 },
      { name: "Eva", ratio: overdueRatio(ago(20), 14, now), openFollowUps: 1 },
      { name: "New", ratio: overdueRatio(null, 14, now), openFollowUps: 0 },
      { name: "Weekly", ratio: overdueRatio(ago(21), 7, now), openFollowUps: 0 },
    ];
    const sorted = [...candidates].sort(compareDue(new Intl.Collator("en"))).map((candidate) => candidate.name);
    expect(sorted).toEqual(["New", "Weekly", "Eva", "Émile", "Zoe"]);
  });
});
