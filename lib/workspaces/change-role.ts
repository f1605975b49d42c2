import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import type { Role } from "@/lib/generated/prisma/enums";
import { can } from "@/lib/workspaces/permissions";

/**
 * The owner makes someone of the workspace an owner or a manager. A workspace always keeps at
 * least one owner. A role never opens anyone's notes: owners read only their own, like everyone.
 */
export async function changeRole(actor: Pick<CurrentUser, "userId" | "workspaceId" | "role">, userId: string, role: Role) {
  if (!can(actor.role, "workspace:manage-roles")) throw new AppError("FORBIDDEN");
  await db.$transaction(async (tx) => {
    // Serialises role changes in the workspace, so two owners demoting each other keep one.
    await tx.$queryRaw`SELECT "id" FROM "Workspace" WHERE "id" = ${actor.workspaceId} FOR UPDATE`;
    const person = await tx.user.findFirst({ where: { id: userId, workspaceId: actor.workspaceId }, select: { role: true } });
    if (!person) throw new AppError("NOT_FOUND");
    if (person.role === role) return;
    if (role === "MANAGER" && (await tx.user.count({ where: { workspaceId: actor.workspaceId, role: "OWNER" } })) <= 1) {
      throw new AppError("INVALID_INPUT", undefined, "lastOwner");
    }
    await tx.user.update({ where: { id: userId }, data: { role } });
    await recordAuditEvent({ workspaceId: actor.workspaceId, actorId: actor.userId, action: "ROLE_CHANGED", targetId: userId }, tx);
  });
}
