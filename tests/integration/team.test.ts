import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { countArchivedMembers, listMembers } from "@/lib/members/list-members";
import { memberInputSchema } from "@/lib/members/schemas";
import { getMemberForEdit, setMemberArchived, updateMember } from "@/lib/members/update-member";
import { createConversation, createFollowUp, createManager, createMember, createWorkspaceWithOwner } from "@/tests/factories";

type Actor = { userId: string; workspaceId: string };
let manager: Actor;
let colleague: Actor;
let stranger: Actor;

const scope = (actor: Actor) => ({ workspaceId: actor.workspaceId, managerId: actor.userId });

beforeEach(async () => {
  const first = await createWorkspaceWithOwner(db);
  manager = { userId: first.user.id, workspaceId: first.workspace.id };
  colleague = { userId: (await createManager(db, first.workspace.id)).id, workspaceId: first.workspace.id };
  const second = await createWorkspaceWithOwner(db);
  stranger = { userId: second.user.id, workspaceId: second.workspace.id };
});

describe("the team page", () => {
  it("shows each report's deepest depth, recent openness (oldest first) and open follow-ups", async () => {
    const report = await createMember(db, { ...scope(manager), name: "Aoi" });
    const days = [40, 30, 20, 10, 5, 1];
    for (const [index, daysAgo] of days.entries()) {
      await createConversation(db, {
        ...scope(manager),
        memberId: report.id,
        occurredAt: new Date(Date.now() - daysAgo * 86_400_000),
        openness: (index % 5) + 1,
        insights: index === 3 ? [{ depth: "CAUSATIVE", topic: "why-this-job", text: "Wanted to build tools for nurses." }] : [],
      });
    }
    // Notes by someone else about the same report do not count for this manager.
    await createConversation(db, { ...scope(colleague), memberId: report.id, insights: [{ depth: "VALUES", topic: "mentors", text: "Not mine." }] });
    await createFollowUp(db, { ...scope(manager), memberId: report.id, status: "OPEN" });
    await createFollowUp(db, { ...scope(manager), memberId: report.id, status: "IN_PROGRESS" });
    await createFollowUp(db, { ...scope(manager), memberId: report.id, status: "DONE" });

    const [row] = (await listMembers(manager)).members;
    expect(row).toMatchObject({ name: "Aoi", deepestDepth: "CAUSATIVE", openFollowUps: 2, recentOpenness: [2, 3, 4, 5, 1] });
  });

  it("edits, archives and restores only the manager's own reports", async () => {
    const report = await createMember(db, { ...scope(manager), name: "Old name" });
    const edit = memberInputSchema.parse({ name: "Hana Sato", jobTitle: "Designer", team: "", startDate: "2023-10-01" });

    for (const actor of [colleague, stranger]) {
      await expect(updateMember(actor, report.id, edit)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(setMemberArchived(actor, report.id, true)).rejects.toMatchObject({ code: "NOT_FOUND" });
      expect(await getMemberForEdit(actor, report.id)).toBeNull();
    }
    expect(await getMemberForEdit(manager, report.id)).toMatchObject({ name: "Old name", archivedAt: null });

    await updateMember(manager, report.id, edit);
    await setMemberArchived(manager, report.id, true);
    expect((await listMembers(manager)).members).toEqual([]);
    expect(await countArchivedMembers(manager)).toBe(1);
    expect((await listMembers(manager, { archived: true })).members).toMatchObject([{ name: "Hana Sato", jobTitle: "Designer", team: null }]);

    await setMemberArchived(manager, report.id, false);
    expect((await listMembers(manager)).members.map((member) => member.name)).toEqual(["Hana Sato"]);
  });
});

describe("a report's start date", () => {
  it("must be a real calendar date, not in the future", () => {
    const errors = (startDate: string) => memberInputSchema.safeParse({ name: "Hana", startDate }).error?.issues.map((issue) => issue.message);
    expect(errors("2024-02-30")).toEqual(["invalidDate"]);
    expect(errors("2024-13-01")).toEqual(["invalidDate"]);
    expect(errors("2999-01-01")).toEqual(["dateInFuture"]);
    expect(errors("2024-02-29")).toBeUndefined();
  });
});
