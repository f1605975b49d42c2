import "server-only";
import { db } from "@/lib/db";
import type { AuditAction } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";

export type AuditEntry = {
  workspaceId: string;
  actorId: string | null;
  action: AuditAction;
  /** The id of what it was about; never a name or any note text. */
  targetId?: string | null;
};

/** Records one event of the workspace's audit trail, inside the caller's transaction if given. */
export async function recordAuditEvent(entry: AuditEntry, tx: Prisma.TransactionClient = db): Promise<void> {
  await tx.auditEvent.create({
    data: { workspaceId: entry.workspaceId, actorId: entry.actorId, action: entry.action, targetId: entry.targetId ?? null },
  });
}

/** Records a sign-in attempt against the account it named, when that account exists. */
export async function recordSignInEvent(email: string, action: Extract<AuditAction, `SIGN_IN${string}`>): Promise<void> {
  const user = await db.user.findUnique({ where: { email }, select: { id: true, workspaceId: true } });
  if (user) await recordAuditEvent({ workspaceId: user.workspaceId, actorId: user.id, action, targetId: user.id });
}
