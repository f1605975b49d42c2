import { describe, expect, it } from "vitest";
import { daysBetween, localClock, minutesToTime, startOfLocalDay } from "@/lib/reminders/local-time";

describe("local time for reminders", () => {
  it("reads the wall clock in the manager's time zone", () => {
    expect(localClock("Asia/Tokyo", new Date("2026-06-15T23:30:00Z"))).toEqual({ date: "2026-06-16", minutes: 8 * 60 + 30 });
    expect(localClock("America/New_York", new Date("2026-06-15T03:00:00Z"))).toEqual({ date: "2026-06-14", minutes: 23 * 60 });
  });

  it("finds when a local day begins, across daylight saving changes", () => {
    expect(startOfLocalDay("2026-06-16", "Asia/Tokyo").toISOString()).toBe("2026-06-15T15:00:00.000Z");
    expect(startOfLocalDay("2026-03-08", "America/New_York").toISOString()).toBe("2026-03-08T05:00:00.000Z");
    expect(startOfLocalDay("2026-03-09", "America/New_York").toISOString()).toBe("2026-03-09T04:00:00.000Z");
    expect(startOfLocalDay("2026-06-16", "UTC").toISOString()).toBe("2026-06-16T00:00:00.000Z");
  });

  it("counts days and formats times", () => {
    expect(daysBetween("2026-02-27", "2026-03-01")).toBe(2);
    expect(minutesToTime(510)).toBe("08:30");
    expect(minutesToTime(0)).toBe("00:00");
  });
});
