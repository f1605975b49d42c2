import { db } from "@/lib/db";
import type { Actor } from "@/lib/members/actor";
import { createManager, createMember, createWorkspaceWithOwner } from "@/tests/factories";

/**
 * The people of every profile scoping test: the report's manager, and three who must see
 * nothing of it — another manager of the same workspace, the workspace owner, and a manager
 * of another workspace.
 */
export async function createProfileActors() {
  const first = await createWorkspaceWithOwner(db);
  const manager: Actor = { userId: (await createManager(db, first.workspace.id)).id, workspaceId: first.workspace.id };
  const colleague: Actor = { userId: (await createManager(db, first.workspace.id)).id, workspaceId: first.workspace.id };
  const owner: Actor = { userId: first.user.id, workspaceId: first.workspace.id };
  const second = await createWorkspaceWithOwner(db);
  const stranger: Actor = { userId: (await createManager(db, second.workspace.id)).id, workspaceId: second.workspace.id };
  const report = await createMember(db, { ...scopeOf(manager), name: "Yui Sato" });
  return { manager, colleague, owner, stranger, outsiders: [colleague, owner, stranger], report };
}

/** The workspace and manager columns of rows the actor owns. */
export function scopeOf(actor: Actor) {
  return { workspaceId: actor.workspaceId, managerId: actor.userId };
}

/** The columns of the actor's notes about a report. */
export function notesOf(actor: Actor, memberId: string) {
  return { ...scopeOf(actor), memberId };
}
