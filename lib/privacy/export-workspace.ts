import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { exportReport, REPORT_DETAILS } from "@/lib/privacy/export-report";
import { can } from "@/lib/workspaces/permissions";

type Owner = Pick<CurrentUser, "userId" | "workspaceId" | "role">;

/**
 * The whole workspace for its owner: the workspace, its managers, every report and the
 * workspace's own questions, plus the owner's own notes. Other managers' notes stay theirs —
 * the owner never reads them, not even through an export; each manager exports their own.
 */
export async function exportWorkspace(owner: Owner, now = new Date()) {
  if (!can(owner.role, "workspace:manage-data")) throw new AppError("NOT_FOUND");
  const where = { workspaceId: owner.workspaceId };
  const [workspace, managers, reports, questions] = await Promise.all([
    db.workspace.findUniqueOrThrow({ where: { id: owner.workspaceId }, select: { name: true, createdAt: true } }),
    db.user.findMany({
      where,
      orderBy: { createdAt: "asc" },
      select: { id: true, name: true, email: true, role: true, locale: true, timeZone: true, createdAt: true },
    }),
    db.teamMember.findMany({
      where,
      orderBy: { createdAt: "asc" },
      select: { ...REPORT_DETAILS, managerId: true },
    }),
    db.question.findMany({
      where,
      orderBy: { createdAt: "asc" },
      select: { depth: true, topic: true, textEn: true, textJa: true, hintEn: true, hintJa: true, archivedAt: true, createdAt: true },
    }),
  ]);
  const ownReports = reports.filter((report) => report.managerId === owner.userId);
  const ownerNotes = [];
  // One report at a time: an export is rare, and this keeps the database's load small.
  for (const report of ownReports) ownerNotes.push(await exportReport(owner, report.id, now));

  await recordAuditEvent({ workspaceId: owner.workspaceId, actorId: owner.userId, action: "WORKSPACE_EXPORTED" });
  return {
    format: "innerview/workspace-export",
    version: 1,
    exportedAt: now,
    workspace,
    managers,
    reports,
    workspaceQuestions: questions,
    ownerNotes,
  };
}
