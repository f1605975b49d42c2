import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";

/**
 * Ends every session of the user, on every device: sessions carry the version they were issued
 * with, and each request compares it with the user row.
 */
export async function signOutEverywhere(actor: Pick<CurrentUser, "userId" | "workspaceId">): Promise<void> {
  await db.user.update({ where: { id: actor.userId, workspaceId: actor.workspaceId }, data: { sessionVersion: { increment: 1 } } });
}
