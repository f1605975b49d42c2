import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { purgeDeletedNotes } from "@/lib/privacy/purge-deleted-notes";
import { createConversation, createFollowUp, createInsight, createMember, createWorkspaceWithOwner } from "@/tests/factories";

const NOW = new Date("2026-11-21T09:00:00Z");
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000);

describe("erasing deleted notes once they can no longer be restored", () => {
  it("erases notes deleted more than 30 days ago, keeps restorable and live ones, and unlinks plans and follow-ups", async () => {
    const { workspace, user } = await createWorkspaceWithOwner(db);
    const notes = { workspaceId: workspace.id, managerId: user.id, memberId: (await createMember(db, { workspaceId: workspace.id, managerId: user.id })).id };
    const live = await createConversation(db, { ...notes, insights: [{ depth: "FACTUAL" }, { depth: "VALUES", deletedAt: daysAgo(31) }] });
    const restorable = await createInsight(db, { ...notes, deletedAt: daysAgo(29) });
    const expired = await createConversation(db, { ...notes, deletedAt: daysAgo(45), insights: [{ depth: "CAUSATIVE", deletedAt: daysAgo(45) }] });
    const plan = await db.conversationPlan.create({ data: { ...notes, intention: "Listen", depth: "FACTUAL", conversationId: expired.id, status: "DONE" } });
    const followUp = await createFollowUp(db, { ...notes, conversationId: expired.id });

    expect(await purgeDeletedNotes(NOW)).toEqual({ conversations: 1, insights: 2 });

    expect(await db.conversation.findMany({ select: { id: true } })).toEqual([{ id: live.id }]);
    expect((await db.insight.findMany({ select: { id: true } })).map((row) => row.id).sort()).toEqual([live.insights[0]!.id, restorable.id].sort());
    expect(await db.conversationPlan.findUniqueOrThrow({ where: { id: plan.id } })).toMatchObject({ conversationId: null, intention: "Listen" });
    expect(await db.followUp.findUniqueOrThrow({ where: { id: followUp.id } })).toMatchObject({ conversationId: null });
    // Running again, as another app instance would, finds nothing more.
    expect(await purgeDeletedNotes(NOW)).toEqual({ conversations: 0, insights: 0 });
  });
});
