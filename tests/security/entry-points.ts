import { randomUUID } from "node:crypto";
import type { ActionResult } from "@/lib/actions/action-result";
import { MISSING_ID, type SecurityFixture, VICTIM_TEXTS } from "./support/fixture";
import type { CurrentUser } from "./support/session";

/**
 * THE registry of every way into Innerview from outside: each exported server action and each
 * route handler method under `app/`. `entry-points-complete.test.ts` fails when one is missing
 * here (or listed here but gone); `isolation.test.ts` and `hostile-input.test.ts` drive each one.
 *
 * Who may call it:  public (nobody signed in), signed-in (any user), owner (the workspace owner).
 * The rule for the object it names:
 *   report-manager            the manager of the report (not the owner, not another manager)
 *   note-author               the manager who wrote the note — not even the workspace owner
 *   question-author-or-owner  a workspace question: who added it, or the workspace owner
 *   owner                     the workspace owner, for their workspace's objects (invitations)
 *   self                      acts only on the caller's own account or creates new objects
 *   public                    no object: open to anyone
 *   token                     no session: a secret in the URL is the key
 */
export type Caller = "public" | "signed-in" | "owner";
export type Rule = "report-manager" | "note-author" | "question-author-or-owner" | "owner" | "self" | "public" | "token";

export type Action = (input: unknown) => Promise<ActionResult<unknown>>;
export type RouteHandler = (request: Request, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;
/** A request to a route handler: its URL (path and query) and the dynamic segments Next passes. */
export type RouteCall = { url: string; params: Record<string, string> };

type Input = Record<string, unknown>;

export type ActionEntry = {
  kind: "action";
  file: string;
  name: string;
  caller: Caller;
  rule: Rule;
  load: () => Promise<Action>;
  /** A valid input naming the victim's object, and the same input with a missing id. */
  target?: { valid: (f: SecurityFixture) => Input; missing: (f: SecurityFixture) => Input };
  /** Who may legitimately call it with `target.valid` or `baseline` (default: the victim manager). */
  legitimate?: (f: SecurityFixture) => CurrentUser | null;
  /** A valid input for the legitimate caller, the starting point of the hostile-input runs. */
  baseline: (f: SecurityFixture) => Input;
  /**
   * For an input naming two objects: the caller's own report with the victim's other object
   * (`other`: the victim's id, or a missing one), to try linking one's notes to someone else's.
   */
  linking?: (f: SecurityFixture, ownReportId: string, other: "victim" | "missing") => Input;
};

export type RouteEntry = {
  kind: "route";
  file: string;
  name: string;
  caller: Caller;
  rule: Rule;
  load: () => Promise<RouteHandler>;
  target?: { valid: (f: SecurityFixture) => RouteCall; missing: (f: SecurityFixture) => RouteCall };
  legitimate?: (f: SecurityFixture) => CurrentUser | null;
  /** A valid request for the legitimate caller; its params and query are made hostile. */
  baseline?: (f: SecurityFixture) => RouteCall;
  /** Why this entry is not driven by the security tests, when it is not. */
  excluded?: string;
};

export type EntryPoint = ActionEntry | RouteEntry;

const asAction = (load: () => Promise<unknown>) => load as () => Promise<Action>;
const asRoute = (load: () => Promise<unknown>) => load as () => Promise<RouteHandler>;

const FOLLOW_UPS = "app/(app)/follow-ups/actions.ts";
const QUESTIONS = "app/(app)/questions/actions.ts";
const SETTINGS = "app/(app)/settings/actions.ts";
const CALENDAR_SETTINGS = "app/(app)/settings/calendar-actions.ts";
const REMINDER_SETTINGS = "app/(app)/settings/reminder-actions.ts";
const WORKSPACE_DATA = "app/(app)/settings/workspace-actions.ts";
const WORKSPACE_EXPORT_ROUTE = "app/(app)/settings/workspace-export/route.ts";
const PROFILE = "app/(app)/team/[memberId]/actions.ts";
const EDIT_CONVERSATION = "app/(app)/team/[memberId]/conversations/[conversationId]/edit/actions.ts";
const LOG = "app/(app)/team/[memberId]/log/actions.ts";
const PLAN = "app/(app)/team/[memberId]/plan/actions.ts";
const PRIVACY = "app/(app)/team/[memberId]/privacy/actions.ts";
const TEAM = "app/(app)/team/actions.ts";
const IMPORT = "app/(app)/team/import/actions.ts";
const AUTH = "app/(auth)/actions.ts";
const LOCALE = "app/actions/locale.ts";
const EXPORT_ROUTE = "app/(app)/team/[memberId]/privacy/export/route.ts";
const PLAN_CALENDAR_ROUTE = "app/(app)/team/[memberId]/plan/[planId]/calendar/route.ts";
const FEED_ROUTE = "app/api/calendar/[token]/route.ts";
const NEXTAUTH_ROUTE = "app/api/auth/[...nextauth]/route.ts";

const owner = (f: SecurityFixture) => f.people.owner;

const followUps = () => import("@/app/(app)/follow-ups/actions");
const profile = () => import("@/app/(app)/team/[memberId]/actions");
const team = () => import("@/app/(app)/team/actions");

export const ENTRY_POINTS: EntryPoint[] = [
  // Follow-ups (issue #5).
  {
    kind: "action", file: FOLLOW_UPS, name: "createFollowUpAction", caller: "signed-in", rule: "report-manager",
    load: asAction(async () => (await followUps()).createFollowUpAction),
    target: {
      valid: (f) => ({ memberId: f.report.id, conversationId: f.conversation.id, request: "Wants a mentor", action: "", dueDate: "2026-12-24" }),
      missing: () => ({ memberId: MISSING_ID, conversationId: MISSING_ID, request: "Wants a mentor", action: "", dueDate: "2026-12-24" }),
    },
    baseline: (f) => ({ memberId: f.report.id, conversationId: f.conversation.id, request: "Wants a mentor", action: "Ask around", dueDate: "2026-12-24", milestones: [{ title: "First step", dueDate: "" }] }),
    linking: (f, memberId, other) => ({ memberId, conversationId: other === "victim" ? f.conversation.id : MISSING_ID, request: "Wants a mentor" }),
  },
  {
    kind: "action", file: FOLLOW_UPS, name: "changeFollowUpStatusAction", caller: "signed-in", rule: "note-author",
    load: asAction(async () => (await followUps()).changeFollowUpStatusAction),
    target: { valid: (f) => ({ followUpId: f.followUp.id, status: "DONE" }), missing: () => ({ followUpId: MISSING_ID, status: "DONE" }) },
    baseline: (f) => ({ followUpId: f.followUp.id, status: "DROPPED", reason: "No budget this year" }),
  },
  {
    kind: "action", file: FOLLOW_UPS, name: "setMilestoneDoneAction", caller: "signed-in", rule: "note-author",
    load: asAction(async () => (await followUps()).setMilestoneDoneAction),
    target: { valid: (f) => ({ milestoneId: f.milestone.id, done: true }), missing: () => ({ milestoneId: MISSING_ID, done: true }) },
    baseline: (f) => ({ milestoneId: f.milestone.id, done: "true" }),
  },
  {
    kind: "action", file: FOLLOW_UPS, name: "addMilestoneAction", caller: "signed-in", rule: "note-author",
    load: asAction(async () => (await followUps()).addMilestoneAction),
    target: { valid: (f) => ({ followUpId: f.followUp.id, title: "Next step" }), missing: () => ({ followUpId: MISSING_ID, title: "Next step" }) },
    baseline: (f) => ({ followUpId: f.followUp.id, title: "Next step", dueDate: "2026-12-30" }),
  },
  // The question bank (issue #4).
  {
    kind: "action", file: QUESTIONS, name: "addQuestionAction", caller: "signed-in", rule: "self",
    load: asAction(async () => (await import("@/app/(app)/questions/actions")).addQuestionAction),
    baseline: () => ({ depth: "FACTUAL", topic: "hobbies", textEn: "What do you do on weekends?", textJa: "", hintEn: "", hintJa: "" }),
  },
  {
    kind: "action", file: QUESTIONS, name: "archiveQuestionAction", caller: "signed-in", rule: "question-author-or-owner",
    load: asAction(async () => (await import("@/app/(app)/questions/actions")).archiveQuestionAction),
    target: { valid: (f) => ({ questionId: f.question.id }), missing: () => ({ questionId: MISSING_ID }) },
    baseline: (f) => ({ questionId: f.question.id }),
  },
  // Settings: invitations (owner), the calendar feed and reminders (each user's own).
  {
    kind: "action", file: SETTINGS, name: "createInvitationAction", caller: "owner", rule: "self", legitimate: owner,
    load: asAction(async () => (await import("@/app/(app)/settings/actions")).createInvitationAction),
    baseline: () => ({ email: "new.manager@example.test" }),
  },
  {
    kind: "action", file: SETTINGS, name: "revokeInvitationAction", caller: "owner", rule: "owner", legitimate: owner,
    load: asAction(async () => (await import("@/app/(app)/settings/actions")).revokeInvitationAction),
    target: { valid: (f) => ({ invitationId: f.invitation.id }), missing: () => ({ invitationId: MISSING_ID }) },
    baseline: (f) => ({ invitationId: f.invitation.id }),
  },
  {
    kind: "action", file: CALENDAR_SETTINGS, name: "regenerateCalendarFeedAction", caller: "signed-in", rule: "self",
    load: asAction(async () => (await import("@/app/(app)/settings/calendar-actions")).regenerateCalendarFeedAction),
    baseline: () => ({}),
  },
  {
    kind: "action", file: CALENDAR_SETTINGS, name: "revokeCalendarFeedAction", caller: "signed-in", rule: "self",
    load: asAction(async () => (await import("@/app/(app)/settings/calendar-actions")).revokeCalendarFeedAction),
    baseline: () => ({}),
  },
  {
    kind: "action", file: REMINDER_SETTINGS, name: "saveReminderSettingsAction", caller: "signed-in", rule: "self",
    load: asAction(async () => (await import("@/app/(app)/settings/reminder-actions")).saveReminderSettingsAction),
    baseline: () => ({ enabled: "on", time: "08:30" }),
  },
  {
    kind: "action", file: "app/(app)/settings/session-actions.ts", name: "signOutEverywhereAction", caller: "signed-in", rule: "self",
    load: asAction(async () => (await import("@/app/(app)/settings/session-actions")).signOutEverywhereAction),
    baseline: () => ({}),
  },
  {
    kind: "action", file: "app/(app)/settings/role-actions.ts", name: "changeRoleAction", caller: "owner", rule: "owner", legitimate: owner,
    load: asAction(async () => (await import("@/app/(app)/settings/role-actions")).changeRoleAction),
    target: {
      valid: (f) => ({ userId: f.people.victim.userId, role: "OWNER" }),
      missing: () => ({ userId: MISSING_ID, role: "OWNER" }),
    },
    baseline: (f) => ({ userId: f.people.colleague.userId, role: "OWNER" }),
  },
  // The owner's workspace data: the workspace is the caller's own, named by the session only.
  {
    kind: "action", file: WORKSPACE_DATA, name: "deleteWorkspaceAction", caller: "owner", rule: "self", legitimate: owner,
    load: asAction(async () => (await import("@/app/(app)/settings/workspace-actions")).deleteWorkspaceAction),
    // Not the name: the hostile runs must not delete the fixture's workspace on their first try.
    baseline: () => ({ confirmationName: "Not the workspace name" }),
  },
  // The profile: insights, conversations, the personal mission.
  {
    kind: "action", file: PROFILE, name: "updateInsightAction", caller: "signed-in", rule: "note-author",
    load: asAction(async () => (await profile()).updateInsightAction),
    target: {
      valid: (f) => ({ insightId: f.insight.id, version: 1, depth: "FACTUAL", topic: "hometown", text: "Edited" }),
      missing: () => ({ insightId: MISSING_ID, version: 1, depth: "FACTUAL", topic: "hometown", text: "Edited" }),
    },
    baseline: (f) => ({ insightId: f.insight.id, version: "1", depth: "FACTUAL", topic: "hometown", text: "Grew up by the sea." }),
  },
  {
    kind: "action", file: PROFILE, name: "deleteInsightAction", caller: "signed-in", rule: "note-author",
    load: asAction(async () => (await profile()).deleteInsightAction),
    target: { valid: (f) => ({ insightId: f.insight.id }), missing: () => ({ insightId: MISSING_ID }) },
    baseline: (f) => ({ insightId: f.insight.id }),
  },
  {
    kind: "action", file: PROFILE, name: "restoreInsightAction", caller: "signed-in", rule: "note-author",
    load: asAction(async () => (await profile()).restoreInsightAction),
    target: { valid: (f) => ({ insightId: f.deletedInsight.id }), missing: () => ({ insightId: MISSING_ID }) },
    baseline: (f) => ({ insightId: f.deletedInsight.id }),
  },
  {
    kind: "action", file: PROFILE, name: "deleteConversationAction", caller: "signed-in", rule: "note-author",
    load: asAction(async () => (await profile()).deleteConversationAction),
    target: { valid: (f) => ({ conversationId: f.conversation.id }), missing: () => ({ conversationId: MISSING_ID }) },
    baseline: (f) => ({ conversationId: f.conversation.id }),
  },
  {
    kind: "action", file: PROFILE, name: "restoreConversationAction", caller: "signed-in", rule: "note-author",
    load: asAction(async () => (await profile()).restoreConversationAction),
    target: { valid: (f) => ({ conversationId: f.deletedConversation.id }), missing: () => ({ conversationId: MISSING_ID }) },
    baseline: (f) => ({ conversationId: f.deletedConversation.id }),
  },
  {
    kind: "action", file: PROFILE, name: "saveMissionAction", caller: "signed-in", rule: "note-author",
    load: asAction(async () => (await profile()).saveMissionAction),
    target: {
      valid: (f) => ({ memberId: f.report.id, baseVersion: 1, text: "Wants to teach" }),
      missing: () => ({ memberId: MISSING_ID, baseVersion: 1, text: "Wants to teach" }),
    },
    baseline: (f) => ({ memberId: f.report.id, baseVersion: "1", text: "Wants to teach\r\nand to learn" }),
  },
  // Conversations.
  {
    kind: "action", file: EDIT_CONVERSATION, name: "updateConversationAction", caller: "signed-in", rule: "note-author",
    load: asAction(async () => (await import("@/app/(app)/team/[memberId]/conversations/[conversationId]/edit/actions")).updateConversationAction),
    target: {
      valid: (f) => ({ conversationId: f.conversation.id, occurredOn: "2026-01-11", setting: "WALK", durationMinutes: "30", openness: "4", intention: "" }),
      missing: () => ({ conversationId: MISSING_ID, occurredOn: "2026-01-11", setting: "WALK", durationMinutes: "30", openness: "4", intention: "" }),
    },
    baseline: (f) => ({ conversationId: f.conversation.id, occurredOn: "2026-01-11", setting: "WALK", durationMinutes: "30", openness: "4", intention: "Catch up", volunteered: true, pulledBackAt: null }),
  },
  {
    kind: "action", file: LOG, name: "logConversationAction", caller: "signed-in", rule: "report-manager",
    load: asAction(async () => (await import("@/app/(app)/team/[memberId]/log/actions")).logConversationAction),
    target: {
      valid: (f) => ({ clientRequestId: randomUUID(), memberId: f.report.id, occurredOn: "2026-01-12", setting: "COFFEE", durationMinutes: "", openness: "3", planId: f.plan.id, insights: [{ depth: "FACTUAL", topic: "hobbies", text: "Likes tea" }] }),
      missing: () => ({ clientRequestId: randomUUID(), memberId: MISSING_ID, occurredOn: "2026-01-12", setting: "COFFEE", durationMinutes: "", openness: "3", planId: MISSING_ID, insights: [{ depth: "FACTUAL", topic: "hobbies", text: "Likes tea" }] }),
    },
    baseline: (f) => ({ clientRequestId: randomUUID(), memberId: f.report.id, occurredOn: "2026-01-12", setting: "COFFEE", durationMinutes: "20", openness: "3", volunteered: false, pulledBackAt: null, intention: "Get to know her", planId: "", insights: [{ depth: "FACTUAL", topic: "hobbies", text: "Likes tea" }] }),
    linking: (f, memberId, other) => ({ clientRequestId: randomUUID(), memberId, occurredOn: "2026-01-12", setting: "COFFEE", durationMinutes: "", openness: "3", planId: other === "victim" ? f.plan.id : MISSING_ID }),
  },
  // Plans.
  {
    kind: "action", file: PLAN, name: "createPlanAction", caller: "signed-in", rule: "report-manager",
    load: asAction(async () => (await import("@/app/(app)/team/[memberId]/plan/actions")).createPlanAction),
    target: {
      valid: (f) => ({ memberId: f.report.id, depth: "FACTUAL", intention: "Listen", setting: "LUNCH", plannedOn: "2026-12-05", questionIds: f.question.id }),
      missing: (f) => ({ memberId: MISSING_ID, depth: "FACTUAL", intention: "Listen", setting: "LUNCH", plannedOn: "2026-12-05", questionIds: f.question.id }),
    },
    baseline: (f) => ({ memberId: f.report.id, depth: "FACTUAL", intention: "Listen", setting: "LUNCH", plannedOn: "2026-12-05", agenda: "Her trip", questionIds: f.question.id }),
  },
  {
    kind: "action", file: PLAN, name: "cancelPlanAction", caller: "signed-in", rule: "note-author",
    load: asAction(async () => (await import("@/app/(app)/team/[memberId]/plan/actions")).cancelPlanAction),
    target: { valid: (f) => ({ planId: f.plan.id }), missing: () => ({ planId: MISSING_ID }) },
    baseline: (f) => ({ planId: f.plan.id }),
  },
  // Privacy.
  {
    kind: "action", file: PRIVACY, name: "eraseReportAction", caller: "signed-in", rule: "report-manager",
    load: asAction(async () => (await import("@/app/(app)/team/[memberId]/privacy/actions")).eraseReportAction),
    target: {
      valid: (f) => ({ memberId: f.report.id, confirmationName: VICTIM_TEXTS.report }),
      missing: () => ({ memberId: MISSING_ID, confirmationName: VICTIM_TEXTS.report }),
    },
    baseline: (f) => ({ memberId: f.report.id, confirmationName: VICTIM_TEXTS.report }),
  },
  // The team.
  {
    kind: "action", file: TEAM, name: "addMemberAction", caller: "signed-in", rule: "self",
    load: asAction(async () => (await team()).addMemberAction),
    baseline: () => ({ name: "Kenji Mori", jobTitle: "Designer", team: "Product", startDate: "2024-04-01", cadenceDays: "14" }),
  },
  {
    kind: "action", file: TEAM, name: "updateMemberAction", caller: "signed-in", rule: "report-manager",
    load: asAction(async () => (await team()).updateMemberAction),
    target: {
      valid: (f) => ({ memberId: f.report.id, name: "Renamed", cadenceDays: "14" }),
      missing: () => ({ memberId: MISSING_ID, name: "Renamed", cadenceDays: "14" }),
    },
    baseline: (f) => ({ memberId: f.report.id, name: "Aiko Ueda", jobTitle: "Engineer", team: "Platform", startDate: "2023-10-01", cadenceDays: "21" }),
  },
  {
    kind: "action", file: TEAM, name: "setMemberArchivedAction", caller: "signed-in", rule: "report-manager",
    load: asAction(async () => (await team()).setMemberArchivedAction),
    target: { valid: (f) => ({ memberId: f.report.id, archived: true }), missing: () => ({ memberId: MISSING_ID, archived: true }) },
    baseline: (f) => ({ memberId: f.report.id, archived: true }),
  },
  {
    kind: "action", file: IMPORT, name: "previewImportAction", caller: "signed-in", rule: "self",
    load: asAction(async () => (await import("@/app/(app)/team/import/actions")).previewImportAction),
    baseline: () => ({ csv: "name,job title,team,start date\nKenji Mori,Designer,Product,2024-04-01\n" }),
  },
  {
    kind: "action", file: IMPORT, name: "confirmImportAction", caller: "signed-in", rule: "self",
    load: asAction(async () => (await import("@/app/(app)/team/import/actions")).confirmImportAction),
    baseline: () => ({ csv: "name,job title,team,start date\nKenji Mori,Designer,Product,2024-04-01\n" }),
  },
  // Signed out: sign-up, accepting an invitation, choosing a language.
  {
    kind: "action", file: AUTH, name: "signUpAction", caller: "public", rule: "public", legitimate: () => null,
    load: asAction(async () => (await import("@/app/(auth)/actions")).signUpAction),
    baseline: () => ({ name: "Hana Ito", email: "hana.ito@example.test", password: "lantern-over-the-river", workspaceName: "Ito & Co", locale: "ja", timeZone: "Asia/Tokyo" }),
  },
  {
    kind: "action", file: AUTH, name: "acceptInvitationAction", caller: "public", rule: "token", legitimate: () => null,
    load: asAction(async () => (await import("@/app/(auth)/actions")).acceptInvitationAction),
    target: {
      valid: (f) => ({ token: f.invitation.token, name: "Ren Kato", email: VICTIM_TEXTS.invitationEmail, password: "lantern-over-the-river" }),
      missing: () => ({ token: "a-made-up-invitation-token", name: "Ren Kato", email: VICTIM_TEXTS.invitationEmail, password: "lantern-over-the-river" }),
    },
    baseline: (f) => ({ token: f.invitation.token, name: "Ren Kato", email: VICTIM_TEXTS.invitationEmail, password: "lantern-over-the-river", locale: "en", timeZone: "UTC" }),
  },
  {
    kind: "action", file: LOCALE, name: "setLocaleAction", caller: "public", rule: "public", legitimate: () => null,
    load: asAction(async () => (await import("@/app/actions/locale")).setLocaleAction),
    baseline: () => ({ locale: "ja" }),
  },
  // Route handlers.
  {
    kind: "route", file: WORKSPACE_EXPORT_ROUTE, name: "GET", caller: "owner", rule: "self", legitimate: owner,
    load: asRoute(async () => (await import("@/app/(app)/settings/workspace-export/route")).GET),
    baseline: () => ({ url: "/settings/workspace-export", params: {} }),
  },
  {
    kind: "route", file: EXPORT_ROUTE, name: "GET", caller: "signed-in", rule: "report-manager",
    load: asRoute(async () => (await import("@/app/(app)/team/[memberId]/privacy/export/route")).GET),
    target: {
      valid: (f) => ({ url: `/team/${f.report.id}/privacy/export?format=json`, params: { memberId: f.report.id } }),
      missing: () => ({ url: `/team/${MISSING_ID}/privacy/export?format=json`, params: { memberId: MISSING_ID } }),
    },
    baseline: (f) => ({ url: `/team/${f.report.id}/privacy/export?format=text`, params: { memberId: f.report.id } }),
  },
  {
    kind: "route", file: PLAN_CALENDAR_ROUTE, name: "GET", caller: "signed-in", rule: "note-author",
    load: asRoute(async () => (await import("@/app/(app)/team/[memberId]/plan/[planId]/calendar/route")).GET),
    target: {
      valid: (f) => ({ url: `/team/${f.report.id}/plan/${f.plan.id}/calendar`, params: { memberId: f.report.id, planId: f.plan.id } }),
      missing: (f) => ({ url: `/team/${f.report.id}/plan/${MISSING_ID}/calendar`, params: { memberId: f.report.id, planId: MISSING_ID } }),
    },
    baseline: (f) => ({ url: `/team/${f.report.id}/plan/${f.plan.id}/calendar`, params: { memberId: f.report.id, planId: f.plan.id } }),
  },
  {
    kind: "route", file: FEED_ROUTE, name: "GET", caller: "public", rule: "token", legitimate: () => null,
    load: asRoute(async () => (await import("@/app/api/calendar/[token]/route")).GET),
    target: {
      valid: (f) => ({ url: `/api/calendar/${f.calendarToken}.ics`, params: { token: `${f.calendarToken}.ics` } }),
      missing: () => ({ url: "/api/calendar/not-a-real-token.ics", params: { token: "not-a-real-token.ics" } }),
    },
    baseline: (f) => ({ url: `/api/calendar/${f.calendarToken}.ics`, params: { token: `${f.calendarToken}.ics` } }),
  },
  ...(["GET", "POST"] as const).map(
    (method): RouteEntry => ({
      kind: "route", file: NEXTAUTH_ROUTE, name: method, caller: "public", rule: "public",
      load: asRoute(async () => (await import("@/app/api/auth/[...nextauth]/route"))[method]),
      excluded:
        "next-auth's own handler (CSRF-checked sign-in, sign-out, session) needs a real Next request. The app's part " +
        "of it, the credentials check (attemptSignIn), gets hostile input in hostile-input.test.ts; sign-in is covered " +
        "by tests/integration/throttle.test.ts and accounts.test.ts, and the e2e sign-in specs",
    }),
  ),
];

/** The registry's key of an entry, as the completeness test finds it in the source. */
export function entryKey(entry: Pick<EntryPoint, "file" | "name">): string {
  return `${entry.file}#${entry.name}`;
}
