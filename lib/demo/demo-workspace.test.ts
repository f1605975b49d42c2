import { describe, expect, it } from "vitest";
import { buildDemoRows } from "@/lib/demo/build-demo-rows";
import { DEMO_REPORTS, type DemoReport } from "@/lib/demo/demo-workspace";
import { DEPTHS, TOPICS_BY_DEPTH, isTopicKey } from "@/lib/insights/topics";

const lastConversationDaysAgo = (report: DemoReport) => report.conversations.at(-1)?.daysAgo ?? Infinity;

describe("the demo workspace", () => {
  it.each(DEMO_REPORTS.map((report) => [report.name, report] as const))(
    "%s: conversations are oldest first, in the past, and go from facts to causes to values",
    (_name, report) => {
      const offsets = report.conversations.map((conversation) => conversation.daysAgo);
      expect(offsets.every((daysAgo) => daysAgo >= 1)).toBe(true);
      expect(offsets).toEqual([...offsets].sort((a, b) => b - a));
      expect(new Set(offsets).size).toBe(offsets.length);

      const insights = report.conversations.flatMap((conversation) =>
        conversation.insights.map((insight) => ({ ...insight, daysAgo: conversation.daysAgo })),
      );
      const firstAt = DEPTHS.map((depth) =>
        Math.max(-Infinity, ...insights.filter((insight) => insight.depth === depth).map((insight) => insight.daysAgo)),
      );
      // A deeper depth never shows up before the one above it (larger daysAgo = earlier).
      for (let depth = 1; depth < DEPTHS.length; depth += 1) {
        if (firstAt[depth] !== -Infinity) expect(firstAt[depth - 1]).toBeGreaterThan(firstAt[depth] as number);
      }
    },
  );

  it("uses each topic key only at its own depth", () => {
    for (const report of DEMO_REPORTS) {
      for (const insight of report.conversations.flatMap((conversation) => conversation.insights)) {
        if (isTopicKey(insight.topic)) {
          expect(TOPICS_BY_DEPTH[insight.depth] as readonly string[]).toContain(insight.topic);
        }
        expect(insight.text.trim()).not.toBe("");
      }
    }
  });

  it("keeps follow-ups consistent with their status and their conversation", () => {
    for (const report of DEMO_REPORTS) {
      expect(report.followUps.length).toBeLessThanOrEqual(2);
      for (const followUp of report.followUps) {
        expect(report.conversations.map((c) => c.daysAgo)).toContain(followUp.conversationDaysAgo);
        expect(followUp.dropReason !== null).toBe(followUp.status === "DROPPED");
        expect(followUp.closedDaysAgo !== null).toBe(followUp.status === "DONE" || followUp.status === "DROPPED");
        for (const doneDaysAgo of [followUp.closedDaysAgo, ...followUp.milestones.map((m) => m.doneDaysAgo)]) {
          if (doneDaysAgo !== null) expect(doneDaysAgo).toBeLessThanOrEqual(followUp.conversationDaysAgo);
        }
      }
    }
  });

  it("tells the stories the demo is meant to show", () => {
    expect(DEMO_REPORTS).toHaveLength(5);
    const pulledBack = DEMO_REPORTS.filter((r) => r.conversations.some((c) => c.pulledBackAt !== null));
    expect(pulledBack).toHaveLength(1);
    expect(DEMO_REPORTS.filter((r) => lastConversationDaysAgo(r) >= 95)).toHaveLength(1);
    expect(DEMO_REPORTS.filter((r) => r.conversations.length <= 2)).toHaveLength(1);
    const withMission = DEMO_REPORTS.filter((r) => r.mission.length > 0).length;
    expect(withMission).toBeGreaterThanOrEqual(1);
    expect(withMission).toBeLessThanOrEqual(2);
    expect(DEMO_REPORTS.filter((r) => r.languages[0] === "ja" && /[\u3040-\u30ff]/.test(r.conversations[0]?.insights[0]?.text ?? "")).length).toBeGreaterThanOrEqual(2);
  });

  it("builds rows dated in the past, without undefined values", () => {
    // A Saturday night and a Monday morning in Tokyo, where weekend shifting matters most.
    for (const now of [new Date("2026-03-14T14:00:00Z"), new Date("2026-03-15T23:30:00Z")]) {
      const rows = buildDemoRows(DEMO_REPORTS, now, { workspaceId: "w", managerId: "m" });
      for (const row of [...rows.conversations, ...rows.insights, ...rows.followUps, ...rows.missions]) {
        for (const value of Object.values(row)) expect(value).not.toBeUndefined();
        expect(new Date(row.createdAt as Date).getTime()).toBeLessThan(now.getTime());
      }
      for (const conversation of rows.conversations) {
        const day = new Date(new Date(conversation.occurredAt).getTime() + 9 * 3_600_000).getUTCDay();
        expect([0, 6]).not.toContain(day);
      }
    }
  });
});
