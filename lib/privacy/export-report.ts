import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { openOptionalNote, withOpenText } from "@/lib/crypto/note-cipher";
import { db } from "@/lib/db";
import { openFollowUpText, openMilestoneTitle } from "@/lib/follow-ups/follow-up-text";
import { openPlanText } from "@/lib/plans/plan-text";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors/app-error";
import { type Actor, ownReports } from "@/lib/members/actor";
import { isPlainText } from "@/lib/validation/schemas";

/** What an export holds of a report itself: everything but whom they report to. */
export const REPORT_DETAILS = {
  id: true,
  name: true,
  jobTitle: true,
  team: true,
  email: true,
  startDate: true,
  languages: true,
  cadenceDays: true,
  archivedAt: true,
  createdAt: true,
} satisfies Prisma.TeamMemberSelect;

/** The format's name and version, so a program reading an export knows what it holds. */
export const REPORT_EXPORT_FORMAT = { format: "innerview/report-export", version: 1 } as const;

// Everything the actor holds about one of their reports: the report's details and the actor's
// own notes, including those waiting in "Recently deleted" (still held, so still exported).
// Notes of other managers are theirs to export. Recorded in the audit trail.
export async function exportReport(actor: Actor, memberId: string, now = new Date()) {
  // An id from the URL with NUL or a lone surrogate cannot be sent to Postgres: no such report.
  if (!isPlainText(memberId)) throw new AppError("NOT_FOUND");
  const mine = { workspaceId: actor.workspaceId, managerId: actor.userId, memberId };
  const report = await db.teamMember.findFirst({
    where: { id: memberId, ...ownReports(actor) },
    select: REPORT_DETAILS,
  });
  if (!report) throw new AppError("NOT_FOUND");

  const insight = { id: true, depth: true, topic: true, text: true, createdAt: true, updatedAt: true, deletedAt: true } as const;
  const [conversations, looseInsights, followUps, plans, missionVersions] = await Promise.all([
    db.conversation.findMany({
      where: mine,
      orderBy: { occurredAt: "asc" },
      select: {
        id: true,
        occurredAt: true,
        setting: true,
        durationMinutes: true,
        openness: true,
        volunteered: true,
        pulledBackAt: true,
        intention: true,
        deletedAt: true,
        insights: { where: { managerId: actor.userId }, orderBy: { createdAt: "asc" }, select: insight },
      },
    }),
    db.insight.findMany({ where: { ...mine, conversationId: null }, orderBy: { createdAt: "asc" }, select: insight }),
    db.followUp.findMany({
      where: mine,
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        request: true,
        action: true,
        dueDate: true,
        status: true,
        dropReason: true,
        completedAt: true,
        createdAt: true,
        conversationId: true,
        milestones: { orderBy: { position: "asc" }, select: { title: true, dueDate: true, doneAt: true } },
      },
    }),
    db.conversationPlan.findMany({
      where: mine,
      orderBy: { createdAt: "asc" },
      select: { id: true, intention: true, depth: true, setting: true, plannedFor: true, agenda: true, status: true, conversationId: true, createdAt: true },
    }),
    db.personalMissionVersion.findMany({
      where: mine,
      orderBy: { version: "asc" },
      select: { version: true, text: true, createdAt: true },
    }),
  ]);

  await recordAuditEvent({ workspaceId: actor.workspaceId, actorId: actor.userId, action: "REPORT_EXPORTED", targetId: report.id });
  return {
    ...REPORT_EXPORT_FORMAT,
    exportedAt: now,
    report,
    conversations: conversations.map((conversation) => ({
      ...conversation,
      intention: openOptionalNote("Conversation.intention", conversation.intention),
      insights: conversation.insights.map(openInsight),
    })),
    insightsWithoutConversation: looseInsights.map(openInsight),
    followUps: followUps.map((followUp) => ({ ...openFollowUpText(followUp), milestones: followUp.milestones.map(openMilestoneTitle) })),
    plans: plans.map(openPlanText),
    personalMissionVersions: missionVersions.map((version) => withOpenText("PersonalMissionVersion.text", version)),
  };
}

const openInsight = <Row extends { text: string }>(row: Row) => withOpenText("Insight.text", row);

export type ReportExport = Awaited<ReturnType<typeof exportReport>>;
