import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { can } from "@/lib/workspaces/permissions";

/** The people who sign in to the actor's workspace (names and roles only, never their notes). */
export async function listWorkspaceUsers(actor: Pick<CurrentUser, "workspaceId" | "role">) {
  if (!can(actor.role, "workspace:view-managers")) throw new AppError("FORBIDDEN");
  return db.user.findMany({
    where: { workspaceId: actor.workspaceId },
    orderBy: [{ role: "asc" }, { createdAt: "asc" }],
    select: { id: true, name: true, email: true, role: true, createdAt: true },
  });
}
