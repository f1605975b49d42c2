import { regenerateCalendarToken } from "@/lib/calendar/feed-token";
import { db } from "@/lib/db";
import { createInvitation } from "@/lib/workspaces/invitations";
import { createConversation, createFollowUp, createInsight, createManager, createMember, createWorkspaceWithOwner } from "@/tests/factories";
import { type CurrentUser, sessionFor } from "./session";

/**
 * The shared scene of the security tests: a victim manager with one report and everything that
 * can be held about them, the workspace's owner, and the people who must learn nothing of it —
 * another manager of the same workspace, and the owner and a manager of another workspace.
 * Every text is marked, so a test can search any answer for a trace of it.
 */
export const MARK = "vctm7q";
const marked = (what: string) => `${what} ${MARK}-${what.toLowerCase().replace(/\W+/g, "-")}`;

export const VICTIM_TEXTS = {
  report: marked("Aiko Victim"),
  jobTitle: marked("Secret title"),
  insight: marked("Her mother is ill"),
  deletedInsight: marked("Thinking of leaving"),
  topic: marked("private topic"),
  intention: marked("Understand her worries"),
  followUpRequest: marked("Wants a transfer"),
  followUpAction: marked("Talk to HR"),
  milestone: marked("Ask the Osaka team"),
  planIntention: marked("Plan to listen"),
  planAgenda: marked("Agenda about family"),
  mission: marked("Helps others grow"),
  questionText: marked("What made you proud"),
  invitationEmail: `invitee.${MARK}@example.test`,
};

export async function createSecurityFixture() {
  const home = await createWorkspaceWithOwner(db, { name: marked("Home workspace") });
  const workspaceId = home.workspace.id;
  const victimUser = await createManager(db, workspaceId, { name: marked("Victim manager") });
  const colleagueUser = await createManager(db, workspaceId);
  const away = await createWorkspaceWithOwner(db);
  const strangerUser = await createManager(db, away.workspace.id);

  const scope = { workspaceId, managerId: victimUser.id };
  const report = await createMember(db, { ...scope, name: VICTIM_TEXTS.report, jobTitle: VICTIM_TEXTS.jobTitle });
  const notes = { ...scope, memberId: report.id };
  const conversation = await createConversation(db, {
    ...notes,
    occurredAt: new Date("2026-01-10T12:00:00Z"),
    intention: VICTIM_TEXTS.intention,
    insights: [{ depth: "FACTUAL", topic: VICTIM_TEXTS.topic, text: VICTIM_TEXTS.insight }],
  });
  const insight = conversation.insights[0]!;
  const deletedInsight = await createInsight(db, { ...notes, depth: "CAUSATIVE", text: VICTIM_TEXTS.deletedInsight, deletedAt: new Date() });
  const deletedConversation = await createConversation(db, { ...notes, deletedAt: new Date(), intention: VICTIM_TEXTS.intention });
  const followUp = await createFollowUp(db, {
    ...notes,
    conversationId: conversation.id,
    request: VICTIM_TEXTS.followUpRequest,
    action: VICTIM_TEXTS.followUpAction,
    milestones: [{ title: VICTIM_TEXTS.milestone }],
  });
  const question = await db.question.create({
    data: { workspaceId, createdById: victimUser.id, depth: "VALUES", topic: "pride", textEn: VICTIM_TEXTS.questionText },
  });
  const plan = await db.conversationPlan.create({
    data: {
      ...notes,
      intention: VICTIM_TEXTS.planIntention,
      agenda: VICTIM_TEXTS.planAgenda,
      depth: "CAUSATIVE",
      setting: "COFFEE",
      plannedFor: new Date("2026-12-01T12:00:00Z"),
    },
  });
  await db.planQuestion.create({ data: { workspaceId, planId: plan.id, questionId: question.id, position: 0 } });
  const mission = await db.personalMissionVersion.create({ data: { ...notes, version: 1, text: VICTIM_TEXTS.mission } });

  const [victim, owner, colleague, strangerOwner, stranger] = await Promise.all(
    [victimUser.id, home.user.id, colleagueUser.id, away.user.id, strangerUser.id].map(sessionFor),
  ) as [CurrentUser, CurrentUser, CurrentUser, CurrentUser, CurrentUser];
  const invitation = await createInvitation(owner, { email: VICTIM_TEXTS.invitationEmail });
  const calendar = await regenerateCalendarToken(victim);

  // A report of the colleague's own, to try linking it to the victim's objects.
  const colleagueReport = await createMember(db, { workspaceId, managerId: colleagueUser.id });
  // Something of the stranger's own, so ids of the other tenant can be sent as hostile input.
  const strangerReport = await createMember(db, { workspaceId: away.workspace.id, managerId: strangerUser.id });
  const strangerConversation = await createConversation(db, {
    workspaceId: away.workspace.id,
    managerId: strangerUser.id,
    memberId: strangerReport.id,
    insights: [{ depth: "FACTUAL" }],
  });

  return {
    people: { victim, owner, colleague, strangerOwner, stranger },
    report,
    conversation,
    insight,
    deletedInsight,
    deletedConversation,
    followUp,
    milestone: followUp.milestones[0]!,
    question,
    plan,
    mission,
    invitation: { id: invitation.id, token: invitation.token },
    calendarToken: calendar.token,
    /** Reports of the outsiders' own, by user id. */
    ownReports: { [colleagueUser.id]: colleagueReport.id, [strangerUser.id]: strangerReport.id } as Record<string, string>,
    otherTenantIds: [strangerReport.id, strangerConversation.id, strangerConversation.insights[0]!.id, away.workspace.id, strangerUser.id],
    /** Every id of the victim's objects: none may come back to someone else. */
    victimIds: [
      report.id,
      conversation.id,
      insight.id,
      deletedInsight.id,
      deletedConversation.id,
      followUp.id,
      followUp.milestones[0]!.id,
      question.id,
      plan.id,
      mission.id,
      invitation.id,
    ],
  };
}

export type SecurityFixture = Awaited<ReturnType<typeof createSecurityFixture>>;

/** An id shaped like a real one that no row has. */
export const MISSING_ID = "cmissing0000000000000000";
