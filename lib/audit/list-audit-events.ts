import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import type { Actor } from "@/lib/members/actor";

export const AUDIT_PAGE_SIZE = 50;

/** The workspace's audit trail, newest first, for its owner only; `before` pages back in time. */
export async function listAuditEvents(actor: Actor, before?: Date) {
  const owner = await db.user.findFirst({
    where: { id: actor.userId, workspaceId: actor.workspaceId, role: "OWNER" },
    select: { id: true },
  });
  if (!owner) throw new AppError("NOT_FOUND");
  const events = await db.auditEvent.findMany({
    where: { workspaceId: actor.workspaceId, ...(before ? { createdAt: { lt: before } } : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: AUDIT_PAGE_SIZE + 1,
    select: { id: true, action: true, targetId: true, createdAt: true, actor: { select: { name: true, email: true } } },
  });
  return { events: events.slice(0, AUDIT_PAGE_SIZE), hasMore: events.length > AUDIT_PAGE_SIZE };
}
