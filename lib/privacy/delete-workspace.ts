import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { can } from "@/lib/workspaces/permissions";

type Owner = Pick<CurrentUser, "userId" | "workspaceId" | "role">;

/**
 * Deletes the workspace and everything in it — accounts, reports, every note — in one
 * transaction. The owner confirms by typing the workspace's name. Everyone's sessions end with
 * it, since each request reads its user row.
 */
export async function deleteWorkspace(owner: Owner, confirmationName: string): Promise<void> {
  if (!can(owner.role, "workspace:manage-data")) throw new AppError("NOT_FOUND");
  await db.$transaction(async (tx) => {
    const workspace = await tx.workspace.findUnique({ where: { id: owner.workspaceId }, select: { name: true } });
    if (!workspace) throw new AppError("NOT_FOUND");
    if (confirmationName.trim() !== workspace.name.trim()) {
      throw new AppError("INVALID_INPUT", "confirmationName", "erasureNameMismatch");
    }
    const about = { workspaceId: owner.workspaceId };
    // Notes first: they point at their authors without cascading, so the accounts go last.
    await tx.conversationPlan.deleteMany({ where: about });
    await tx.followUp.deleteMany({ where: about });
    await tx.insight.deleteMany({ where: about });
    await tx.conversation.deleteMany({ where: about });
    await tx.personalMissionVersion.deleteMany({ where: about });
    await tx.teamMember.deleteMany({ where: about });
    await tx.workspace.delete({ where: { id: owner.workspaceId } });
  });
}
