import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createMember as addReport } from "@/lib/members/create-member";
import { listConversations } from "@/lib/conversations/list-conversations";
import { getMemberProfile } from "@/lib/members/get-member-profile";
import { listMembers } from "@/lib/members/list-members";
import { memberInputSchema } from "@/lib/members/schemas";
import { listKnownInsights } from "@/lib/profile/list-known-insights";
import { createConversation, createManager, createMember, createWorkspaceWithOwner } from "@/tests/factories";

type Actor = { userId: string; workspaceId: string };
let owner: Actor;
let colleague: Actor;
let stranger: Actor;

beforeEach(async () => {
  const first = await createWorkspaceWithOwner(db);
  owner = { userId: first.user.id, workspaceId: first.workspace.id };
  colleague = { userId: (await createManager(db, first.workspace.id)).id, workspaceId: first.workspace.id };
  const second = await createWorkspaceWithOwner(db);
  stranger = { userId: second.user.id, workspaceId: second.workspace.id };
});

describe("reports and their notes are their manager's alone", () => {
  it("lists the manager's own active reports by name, with their last conversation", async () => {
    const yui = await createMember(db, { ...scope(owner), name: "Yui Sato" });
    await createMember(db, { ...scope(owner), name: "Aaron Bell" });
    await createMember(db, { ...scope(owner), name: "Archived Person", archivedAt: new Date() });
    await createMember(db, { ...scope(colleague), name: "Colleague's Report" });
    const occurredAt = new Date("2026-10-01T09:00:00Z");
    await createConversation(db, { ...scope(owner), memberId: yui.id, occurredAt });

    const { members, nextCursor } = await listMembers(owner);
    expect(members.map((member) => member.name)).toEqual(["Aaron Bell", "Yui Sato"]);
    expect(members[1]?.lastConversationAt).toEqual(occurredAt);
    expect(nextCursor).toBeNull();
  });

  it("shows a profile only to its manager: others get nothing, as for a missing id", async () => {
    const report = await createMember(db, { ...scope(owner), name: "Yui Sato" });
    await createConversation(db, {
      ...scope(owner),
      memberId: report.id,
      insights: [{ depth: "FACTUAL", topic: "hometown", text: "Grew up in Sendai." }],
    });

    expect(await getMemberProfile(owner, report.id)).toMatchObject({ name: "Yui Sato" });
    const [factual] = await listKnownInsights(owner, report.id);
    expect(factual?.topics[0]?.insights.map((insight) => insight.text)).toEqual(["Grew up in Sendai."]);
    expect(await getMemberProfile(colleague, report.id)).toBeNull();
    expect(await getMemberProfile(stranger, report.id)).toBeNull();
    expect(await getMemberProfile(owner, "missing-id")).toBeNull();
    expect((await listMembers(stranger)).members).toEqual([]);
  });

  it("shows the manager only the notes they wrote themselves", async () => {
    const report = await createMember(db, { ...scope(owner) });
    // A note by someone else about this report (e.g. a previous manager) stays theirs.
    await createConversation(db, {
      workspaceId: owner.workspaceId,
      managerId: colleague.userId,
      memberId: report.id,
      insights: [{ depth: "VALUES", topic: "mentors", text: "Written by the colleague." }],
    });
    const known = await listKnownInsights(owner, report.id);
    expect(known.flatMap((depth) => depth.topics)).toEqual([]);
    expect((await listConversations(owner, report.id)).conversations).toEqual([]);
  });

  it("adds a report to the actor's own team, validated", async () => {
    const input = memberInputSchema.parse({ name: "  Mio Abe ", jobTitle: "", team: "Design", startDate: "2024-04-01" });
    const { id } = await addReport(colleague, input);
    expect(await db.teamMember.findUniqueOrThrow({ where: { id } })).toMatchObject({
      name: "Mio Abe",
      jobTitle: null,
      managerId: colleague.userId,
      workspaceId: colleague.workspaceId,
      startDate: new Date("2024-04-01T00:00:00Z"),
    });
  });
});

function scope(actor: Actor) {
  return { workspaceId: actor.workspaceId, managerId: actor.userId };
}
