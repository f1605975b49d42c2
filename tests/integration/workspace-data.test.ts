import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { deleteWorkspace } from "@/lib/privacy/delete-workspace";
import { exportWorkspace } from "@/lib/privacy/export-workspace";
import { createConversation, createFollowUp, createManager, createMember, createWorkspaceWithOwner } from "@/tests/factories";

async function workspaceWithNotes() {
  const { workspace, user: ownerUser } = await createWorkspaceWithOwner(db, { name: "Acme Product" });
  const owner = { userId: ownerUser.id, workspaceId: workspace.id, role: "OWNER" as const };
  const managerUser = await createManager(db, workspace.id);
  const manager = { userId: managerUser.id, workspaceId: workspace.id, role: "MANAGER" as const };
  const ownReport = await createMember(db, { workspaceId: workspace.id, managerId: owner.userId, name: "Aoi Sasaki" });
  const theirReport = await createMember(db, { workspaceId: workspace.id, managerId: manager.userId, name: "Ren Mori" });
  await createConversation(db, {
    workspaceId: workspace.id,
    managerId: owner.userId,
    memberId: ownReport.id,
    insights: [{ depth: "FACTUAL", topic: "hometown", text: "Grew up in Kobe" }],
  });
  const theirs = await createConversation(db, {
    workspaceId: workspace.id,
    managerId: manager.userId,
    memberId: theirReport.id,
    insights: [{ depth: "VALUES", topic: "pride", text: "Proud of the night shift team" }],
  });
  await createFollowUp(db, { workspaceId: workspace.id, managerId: manager.userId, memberId: theirReport.id, conversationId: theirs.id });
  return { workspace, owner, manager };
}

describe("the owner's workspace data", () => {
  it("exports the workspace, its managers and reports, and the owner's own notes — never another manager's", async () => {
    const { owner } = await workspaceWithNotes();
    const data = await exportWorkspace(owner);
    expect(data.workspace.name).toBe("Acme Product");
    expect(data.managers).toHaveLength(2);
    expect(data.reports.map((report) => report.name).sort()).toEqual(["Aoi Sasaki", "Ren Mori"]);
    const text = JSON.stringify(data);
    expect(text).toContain("Grew up in Kobe");
    expect(text).not.toContain("night shift");
    expect(text).not.toContain("passwordHash");
    expect(await db.auditEvent.count({ where: { action: "WORKSPACE_EXPORTED" } })).toBe(1);
  });

  it("is refused to a manager, exactly like a missing page", async () => {
    const { manager } = await workspaceWithNotes();
    await expect(exportWorkspace(manager)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(deleteWorkspace(manager, "Acme Product")).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.workspace.count()).toBe(1);
  });

  it("deletes the workspace and every row in it once its name is typed, and nothing of another workspace", async () => {
    const { owner } = await workspaceWithNotes();
    const other = await workspaceWithNotes();
    await expect(deleteWorkspace(owner, "Acme")).rejects.toMatchObject({ field: "confirmationName" });
    expect(await db.user.count({ where: { workspaceId: owner.workspaceId } })).toBe(2);

    await deleteWorkspace(owner, "Acme Product");

    const tables = await db.$queryRaw<{ table_name: string }[]>`
      SELECT table_name::text AS table_name FROM information_schema.columns
      WHERE table_schema = 'public' AND column_name = 'workspaceId'`;
    for (const { table_name: table } of tables) {
      const [row] = await db.$queryRawUnsafe<{ count: bigint }[]>(`SELECT count(*) AS count FROM "${table}" WHERE "workspaceId" = $1`, owner.workspaceId);
      expect(Number(row?.count), table).toBe(0);
    }
    expect(await db.workspace.count({ where: { id: other.workspace.id } })).toBe(1);
    expect(await db.insight.count({ where: { workspaceId: other.workspace.id } })).toBe(2);
  });
});
