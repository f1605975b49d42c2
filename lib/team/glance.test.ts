import { describe, expect, it } from "vitest";
import { glanceAt } from "@/lib/team/glance";
import type { ConversationRecord } from "@/lib/trust/history";

const now = new Date("2026-03-10T12:00:00Z");

describe("glanceAt", () => {
  it("gives every report the suggested depth and trust trend, FACTUAL and no trend without a history", () => {
    const open: ConversationRecord = { occurredAt: new Date("2026-03-01T10:00:00Z"), openness: 4, volunteered: true, pulledBackAt: null, depthsShared: ["FACTUAL"] };
    const glances = glanceAt(new Map([["a", [open, { ...open, occurredAt: new Date("2026-03-08T10:00:00Z") }]]]), ["a", "b"], now);
    expect(glances.get("a")).toMatchObject({ suggestedDepth: "CAUSATIVE", trend: { direction: "warming", basedOn: 2 } });
    expect(glances.get("b")).toEqual({ suggestedDepth: "FACTUAL", trend: { score: null, direction: "unknown", change: null, basedOn: 0 } });
  });
});
