import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { type Actor, ownReports } from "@/lib/members/actor";

/**
 * Erases a report completely, in one transaction: every note about them — the actor's and any
 * earlier manager's, deleted or not — their plans and follow-ups, then the report. The audit
 * trail keeps that an erasure happened, but not whom it was about. The caller confirms by
 * typing the report's name, so a slip of the finger cannot erase anyone.
 */
export async function eraseReport(actor: Actor, memberId: string, confirmationName: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const report = await tx.teamMember.findFirst({ where: { id: memberId, ...ownReports(actor) }, select: { name: true } });
    if (!report) throw new AppError("NOT_FOUND");
    if (confirmationName.trim() !== report.name.trim()) {
      throw new AppError("INVALID_INPUT", "confirmationName", "erasureNameMismatch");
    }
    const about = { workspaceId: actor.workspaceId, memberId };
    // Children before parents: plans and follow-ups point at conversations without cascading.
    await tx.conversationPlan.deleteMany({ where: about });
    await tx.followUp.deleteMany({ where: about });
    await tx.insight.deleteMany({ where: about });
    await tx.conversation.deleteMany({ where: about });
    await tx.personalMissionVersion.deleteMany({ where: about });
    await tx.auditEvent.updateMany({ where: { workspaceId: actor.workspaceId, targetId: memberId }, data: { targetId: null } });
    await tx.teamMember.delete({ where: { id: memberId } });
    await recordAuditEvent({ workspaceId: actor.workspaceId, actorId: actor.userId, action: "REPORT_ERASED" }, tx);
  });
}
