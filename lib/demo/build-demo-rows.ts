import { randomUUID } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  conversationTime,
  minutesAfter,
  tokyoDueDate,
  tokyoStartDate,
  tokyoWorkdayAt,
} from "@/lib/demo/demo-dates";
import type { DemoFollowUp, DemoReport } from "@/lib/demo/demo-types";

export type DemoRows = {
  members: Prisma.TeamMemberCreateManyInput[];
  conversations: Prisma.ConversationCreateManyInput[];
  insights: Prisma.InsightCreateManyInput[];
  followUps: Prisma.FollowUpCreateManyInput[];
  milestones: Prisma.MilestoneCreateManyInput[];
  followUpEvents: Prisma.FollowUpEventCreateManyInput[];
  missions: Prisma.PersonalMissionVersionCreateManyInput[];
};

type Owner = { workspaceId: string; managerId: string };

function latest(first: Date, ...others: (Date | null)[]): Date {
  return others.reduce<Date>((max, date) => (date && date > max ? date : max), first);
}

/**
 * Turns the demo reports into rows with their own ids and real dates, computed from `now`,
 * so they can be written with a handful of `createMany` calls.
 */
export function buildDemoRows(reports: readonly DemoReport[], now: Date, owner: Owner): DemoRows {
  const rows: DemoRows = { members: [], conversations: [], insights: [], followUps: [], milestones: [], followUpEvents: [], missions: [] };
  for (const report of reports) addReport(rows, report, now, owner);
  return rows;
}

function addReport(rows: DemoRows, report: DemoReport, now: Date, owner: Owner): void {
  const memberId = randomUUID();
  const scope = { ...owner, memberId };
  const addedAt = tokyoWorkdayAt(now, report.addedDaysAgo, 9, 30);
  rows.members.push({
    id: memberId,
    ...owner,
    name: report.name,
    jobTitle: report.jobTitle,
    team: report.team,
    email: report.email,
    startDate: tokyoStartDate(now, report.startedDaysAgo),
    languages: report.languages,
    cadenceDays: report.cadenceDays,
    createdAt: addedAt,
    updatedAt: addedAt,
  });

  // Follow-ups name their conversation by its day offset.
  const logged = new Map<number, { id: string; at: Date }>();
  for (const conversation of report.conversations) {
    const id = randomUUID();
    const occurredAt = conversationTime(now, conversation.daysAgo, conversation.setting);
    // Logged on the phone right after the conversation ended.
    const loggedAt = minutesAfter(occurredAt, (conversation.durationMinutes ?? 20) + 5);
    logged.set(conversation.daysAgo, { id, at: loggedAt });
    rows.conversations.push({
      id,
      ...scope,
      occurredAt,
      setting: conversation.setting,
      durationMinutes: conversation.durationMinutes,
      openness: conversation.openness,
      volunteered: conversation.volunteered,
      pulledBackAt: conversation.pulledBackAt,
      intention: conversation.intention,
      createdAt: loggedAt,
      updatedAt: loggedAt,
    });
    conversation.insights.forEach((insight, index) => {
      // A second apart, so the order they were written in survives sorting by time.
      const createdAt = new Date(loggedAt.getTime() + index * 1000);
      rows.insights.push({ id: randomUUID(), ...scope, conversationId: id, ...insight, createdAt, updatedAt: createdAt });
    });
  }

  for (const followUp of report.followUps) {
    const conversation = logged.get(followUp.conversationDaysAgo);
    if (!conversation) {
      throw new Error(`Demo follow-up of ${report.name} names no conversation ${followUp.conversationDaysAgo} days ago`);
    }
    addFollowUp(rows, followUp, now, { ...scope, conversationId: conversation.id, createdAt: minutesAfter(conversation.at, 3) });
  }

  report.mission.forEach((mission, index) => {
    rows.missions.push({
      id: randomUUID(),
      ...scope,
      version: index + 1,
      text: mission.text,
      createdAt: tokyoWorkdayAt(now, mission.daysAgo, 18, 0),
    });
  });
}

function addFollowUp(
  rows: DemoRows,
  followUp: DemoFollowUp,
  now: Date,
  context: Owner & { memberId: string; conversationId: string; createdAt: Date },
): void {
  const { createdAt, ...scope } = context;
  const id = randomUUID();
  const closedAt = followUp.closedDaysAgo === null ? null : tokyoWorkdayAt(now, followUp.closedDaysAgo, 17, 45);
  const milestones = followUp.milestones.map((milestone, position) => ({
    id: randomUUID(),
    workspaceId: scope.workspaceId,
    followUpId: id,
    title: milestone.title,
    dueDate: milestone.dueInDays === null ? null : tokyoDueDate(now, milestone.dueInDays),
    doneAt: milestone.doneDaysAgo === null ? null : tokyoWorkdayAt(now, milestone.doneDaysAgo, 17, 0),
    position,
    createdAt,
  }));
  rows.followUps.push({
    id,
    ...scope,
    request: followUp.request,
    action: followUp.action,
    dueDate: followUp.dueInDays === null ? null : tokyoDueDate(now, followUp.dueInDays),
    status: followUp.status,
    dropReason: followUp.dropReason,
    completedAt: followUp.status === "DONE" ? closedAt : null,
    createdAt,
    updatedAt: latest(createdAt, closedAt, ...milestones.map((milestone) => milestone.doneAt)),
  });
  rows.milestones.push(...milestones);
  // The follow-up's history, as the app would have recorded it.
  const event = { workspaceId: scope.workspaceId, followUpId: id, managerId: scope.managerId };
  rows.followUpEvents.push({ ...event, id: randomUUID(), kind: "CREATED", status: "OPEN", createdAt });
  for (const milestone of milestones) {
    if (milestone.doneAt) rows.followUpEvents.push({ ...event, id: randomUUID(), kind: "MILESTONE_DONE", milestoneTitle: milestone.title, createdAt: milestone.doneAt });
  }
  const firstDone = milestones.flatMap((milestone) => (milestone.doneAt ? [milestone.doneAt] : [])).sort((a, b) => a.getTime() - b.getTime())[0];
  if (firstDone && followUp.status !== "OPEN") {
    rows.followUpEvents.push({ ...event, id: randomUUID(), kind: "STATUS_CHANGED", status: "IN_PROGRESS", createdAt: firstDone });
  }
  if (closedAt && (followUp.status === "DONE" || followUp.status === "DROPPED")) {
    rows.followUpEvents.push({
      ...event,
      id: randomUUID(),
      kind: "STATUS_CHANGED",
      status: followUp.status,
      reason: followUp.status === "DROPPED" ? followUp.dropReason : null,
      createdAt: closedAt,
    });
  }
}
