import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { changeRole } from "@/lib/workspaces/change-role";
import { createManager, createWorkspaceWithOwner } from "@/tests/factories";

async function workspace() {
  const { workspace, user } = await createWorkspaceWithOwner(db);
  const owner = { userId: user.id, workspaceId: workspace.id, role: "OWNER" as const };
  const managerUser = await createManager(db, workspace.id);
  const manager = { userId: managerUser.id, workspaceId: workspace.id, role: "MANAGER" as const };
  return { owner, manager };
}

describe("roles in a workspace", () => {
  it("lets the owner make a manager an owner and back, recorded in the audit trail", async () => {
    const { owner, manager } = await workspace();
    await changeRole(owner, manager.userId, "OWNER");
    expect(await db.user.findUniqueOrThrow({ where: { id: manager.userId } })).toMatchObject({ role: "OWNER" });
    // Now that there are two owners, the first may step down.
    await changeRole({ ...manager, role: "OWNER" }, owner.userId, "MANAGER");
    expect(await db.user.findUniqueOrThrow({ where: { id: owner.userId } })).toMatchObject({ role: "MANAGER" });
    const events = await db.auditEvent.findMany({ where: { action: "ROLE_CHANGED" }, orderBy: { createdAt: "asc" } });
    expect(events.map((event) => [event.actorId, event.targetId])).toEqual([
      [owner.userId, manager.userId],
      [manager.userId, owner.userId],
    ]);
  });

  it("never leaves a workspace without an owner", async () => {
    const { owner } = await workspace();
    await expect(changeRole(owner, owner.userId, "MANAGER")).rejects.toMatchObject({ code: "INVALID_INPUT", messageKey: "lastOwner" });
    expect(await db.user.findUniqueOrThrow({ where: { id: owner.userId } })).toMatchObject({ role: "OWNER" });
  });

  it("refuses managers, and another workspace's owner finds nobody", async () => {
    const first = await workspace();
    const second = await workspace();
    await expect(changeRole(first.manager, first.manager.userId, "OWNER")).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(changeRole(second.owner, first.manager.userId, "OWNER")).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.user.count({ where: { role: "OWNER" } })).toBe(2);
    expect(await db.auditEvent.count()).toBe(0);
  });
});
