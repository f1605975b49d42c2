import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { changeFollowUpStatus } from "@/lib/follow-ups/change-status";
import { openFollowUpText, openMilestoneTitle } from "@/lib/follow-ups/follow-up-text";
import { createFollowUp } from "@/lib/follow-ups/create-follow-up";
import { listFollowUpEvents } from "@/lib/follow-ups/list-follow-up-events";
import { listFollowUps } from "@/lib/follow-ups/list-follow-ups";
import { listOpenFollowUps } from "@/lib/follow-ups/list-open-follow-ups";
import { findConversationDate, listReportChoices } from "@/lib/follow-ups/list-report-choices";
import { addMilestone, setMilestoneDone } from "@/lib/follow-ups/milestones";
import { followUpInputSchema, statusChangeSchema } from "@/lib/follow-ups/schemas";
import { createConversation, createFollowUp as createFollowUpRow } from "@/tests/factories";
import { createProfileActors, notesOf } from "./profile-actors";

let people: Awaited<ReturnType<typeof createProfileActors>>;
let notes: ReturnType<typeof notesOf>;

beforeEach(async () => {
  people = await createProfileActors();
  notes = notesOf(people.manager, people.report.id);
});

const input = (overrides: Record<string, unknown> = {}) =>
  followUpInputSchema.parse({
    memberId: people.report.id,
    request: "I would like to join the data science training in spring.",
    action: "Ask HR about the budget.",
    dueDate: "2026-07-01",
    "milestones.0.title": "Ask HR",
    "milestones.0.dueDate": "2026-06-20",
    "milestones.1.title": "",
    "milestones.2.title": "Enrol",
    ...overrides,
  });

const status = (followUpId: string, next: string, reason = "") => statusChangeSchema.parse({ followUpId, status: next, reason });

describe("creating a follow-up", () => {
  it("saves the request, the manager's part, dates and milestones, and records it on the history", async () => {
    const conversation = await createConversation(db, notes);
    const { id } = await createFollowUp(people.manager, input({ conversationId: conversation.id }));
    const saved = await db.followUp.findUniqueOrThrow({ where: { id }, include: { milestones: { orderBy: { position: "asc" } }, events: true } });
    expect(openFollowUpText(saved)).toMatchObject({ status: "OPEN", conversationId: conversation.id, action: "Ask HR about the budget." });
    expect(saved.dueDate?.toISOString()).toBe("2026-07-01T00:00:00.000Z");
    // The empty middle row is not a milestone.
    expect(saved.milestones.map(openMilestoneTitle).map((milestone) => [milestone.title, milestone.dueDate?.toISOString().slice(0, 10) ?? null])).toEqual([
      ["Ask HR", "2026-06-20"],
      ["Enrol", null],
    ]);
    expect(saved.events.map((event) => [event.kind, event.status])).toEqual([["CREATED", "OPEN"]]);
  });

  it("refuses bad input with field errors under the form's names", () => {
    const result = followUpInputSchema.safeParse({ memberId: "m", request: " ", dueDate: "2026-02-30", "milestones.0.title": "x", "milestones.0.dueDate": "nope" });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((issue) => [issue.path.join("."), issue.message]);
    expect(paths).toEqual(expect.arrayContaining([["request", "required"], ["dueDate", "invalidDate"], ["milestones.0.dueDate", "invalidDate"]]));
  });

  it("cannot be made for someone else's report, nor from someone else's conversation", async () => {
    for (const outsider of people.outsiders) {
      await expect(createFollowUp(outsider, input())).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    const theirs = await createConversation(db, notesOf(people.colleague, people.report.id));
    await expect(createFollowUp(people.manager, input({ conversationId: theirs.id }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    const deleted = await createConversation(db, { ...notes, deletedAt: new Date() });
    await expect(createFollowUp(people.manager, input({ conversationId: deleted.id }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.followUp.count()).toBe(0);
  });
});

describe("the status rules", () => {
  it("lets open work start, finish or be dropped with a reason, and finished work be reopened", async () => {
    const { id } = await createFollowUp(people.manager, input());
    expect(await changeFollowUpStatus(people.manager, status(id, "IN_PROGRESS"))).toMatchObject({ status: "changed" });
    expect(await changeFollowUpStatus(people.manager, status(id, "IN_PROGRESS"))).toMatchObject({ status: "unchanged" });
    await changeFollowUpStatus(people.manager, status(id, "DONE"));
    expect(await db.followUp.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "DONE", completedAt: expect.any(Date) });
    // A finished follow-up only reopens: it cannot be dropped afterwards without reopening.
    await expect(changeFollowUpStatus(people.manager, status(id, "DROPPED", "Budget frozen"))).rejects.toMatchObject({ code: "CONFLICT" });
    await changeFollowUpStatus(people.manager, status(id, "OPEN"));
    await changeFollowUpStatus(people.manager, status(id, "DROPPED", "The budget is frozen until April."));
    expect(openFollowUpText(await db.followUp.findUniqueOrThrow({ where: { id } }))).toMatchObject({
      status: "DROPPED",
      completedAt: null,
      dropReason: "The budget is frozen until April.",
    });
    await changeFollowUpStatus(people.manager, status(id, "OPEN"));
    expect(await db.followUp.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "OPEN", dropReason: null });

    const history = await listFollowUpEvents(people.manager, people.report.id);
    expect(history.map((event) => [event.kind, event.status, event.reason]).reverse()).toEqual([
      ["CREATED", "OPEN", null],
      ["STATUS_CHANGED", "IN_PROGRESS", null],
      ["STATUS_CHANGED", "DONE", null],
      ["STATUS_CHANGED", "OPEN", null],
      ["STATUS_CHANGED", "DROPPED", "The budget is frozen until April."],
      ["STATUS_CHANGED", "OPEN", null],
    ]);
  });

  it("needs a reason to drop", () => {
    const result = statusChangeSchema.safeParse({ followUpId: "f", status: "DROPPED", reason: "  " });
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["reason", "dropReasonRequired"]]);
    expect(statusChangeSchema.parse({ followUpId: "f", status: "DONE", reason: "ignored" }).reason).toBeNull();
  });

  it("lets one of two racing changes win", async () => {
    const { id } = await createFollowUp(people.manager, input());
    const results = await Promise.allSettled([
      changeFollowUpStatus(people.manager, status(id, "DONE")),
      changeFollowUpStatus(people.manager, status(id, "DROPPED", "No longer needed.")),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await db.followUpEvent.count({ where: { kind: "STATUS_CHANGED" } })).toBe(1);
  });

  it("puts an open follow-up in progress when a milestone is done, and records each milestone", async () => {
    const { id } = await createFollowUp(people.manager, input());
    const [first] = await db.milestone.findMany({ where: { followUpId: id }, orderBy: { position: "asc" } });
    await setMilestoneDone(people.manager, first!.id, true);
    expect((await db.followUp.findUniqueOrThrow({ where: { id } })).status).toBe("IN_PROGRESS");
    expect(await setMilestoneDone(people.manager, first!.id, true)).toMatchObject({ status: "unchanged" });
    await setMilestoneDone(people.manager, first!.id, false);
    await addMilestone(people.manager, { followUpId: id, title: "Book the seat", dueDate: null });
    expect(await db.milestone.count({ where: { followUpId: id } })).toBe(3);
    const kinds = (await listFollowUpEvents(people.manager, people.report.id)).map((event) => [event.kind, event.milestoneTitle]);
    expect(kinds.reverse()).toEqual([
      ["CREATED", null],
      ["MILESTONE_DONE", "Ask HR"],
      ["STATUS_CHANGED", null],
      ["MILESTONE_REOPENED", "Ask HR"],
    ]);
    await changeFollowUpStatus(people.manager, status(id, "DONE"));
    await expect(setMilestoneDone(people.manager, first!.id, true)).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(addMilestone(people.manager, { followUpId: id, title: "Late", dueDate: null })).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describe("the follow-ups page", () => {
  it("sorts open follow-ups into overdue, this week and later, and lists finished ones apart", async () => {
    const today = "2026-06-15";
    const at = (date: string) => new Date(`${date}T00:00:00Z`);
    await createFollowUpRow(db, { ...notes, request: "Late", dueDate: at("2026-06-14") });
    await createFollowUpRow(db, { ...notes, request: "Today", dueDate: at("2026-06-15") });
    await createFollowUpRow(db, { ...notes, request: "Sunday week", dueDate: at("2026-06-21") });
    await createFollowUpRow(db, { ...notes, request: "Next week", dueDate: at("2026-06-22") });
    await createFollowUpRow(db, { ...notes, request: "Undated", dueDate: null });
    await createFollowUpRow(db, { ...notes, request: "Finished", status: "DONE" });
    await createFollowUpRow(db, { ...notes, request: "Dropped", status: "DROPPED", dropReason: "Not needed" });

    const sections = await listFollowUps(people.manager, { memberId: null, today });
    const requests = (key: "overdue" | "thisWeek" | "later" | "done") => sections[key].map((followUp) => followUp.request);
    expect(requests("overdue")).toEqual(["Late"]);
    expect(requests("thisWeek")).toEqual(["Today", "Sunday week"]);
    expect(requests("later")).toEqual(["Next week", "Undated"]);
    expect(requests("done").sort()).toEqual(["Dropped", "Finished"]);
    expect(sections.overdue[0]?.memberName).toBe("Yui Sato");
  });

  it("filters by report", async () => {
    const second = await db.teamMember.create({ data: { workspaceId: notes.workspaceId, managerId: notes.managerId, name: "Ken Mori" } });
    await createFollowUpRow(db, { ...notes, request: "For Yui" });
    await createFollowUpRow(db, { ...notesOf(people.manager, second.id), request: "For Ken" });
    const all = await listFollowUps(people.manager, { memberId: null, today: "2026-01-01" });
    expect(all.later.length + all.thisWeek.length).toBe(2);
    const ken = await listFollowUps(people.manager, { memberId: second.id, today: "2026-01-01" });
    expect([...ken.later, ...ken.thisWeek].map((followUp) => followUp.request)).toEqual(["For Ken"]);
    expect((await listReportChoices(people.manager, "en")).map((report) => report.name)).toEqual(["Ken Mori", "Yui Sato"]);
  });
});

describe("who may see and change follow-ups", () => {
  it("is the manager who wrote them, and nobody else — not even the owner", async () => {
    const conversation = await createConversation(db, notes);
    const { id } = await createFollowUp(people.manager, input({ conversationId: conversation.id }));
    const [milestone] = await db.milestone.findMany({ where: { followUpId: id } });
    for (const outsider of people.outsiders) {
      const sections = await listFollowUps(outsider, { memberId: null, today: "2026-06-15" });
      expect([...sections.overdue, ...sections.thisWeek, ...sections.later, ...sections.done]).toEqual([]);
      expect(await listFollowUps(outsider, { memberId: people.report.id, today: "2026-06-15" })).toMatchObject({ overdue: [], thisWeek: [], later: [] });
      expect((await listOpenFollowUps(outsider, people.report.id)).followUps).toEqual([]);
      expect(await listFollowUpEvents(outsider, people.report.id)).toEqual([]);
      expect(await listReportChoices(outsider, "en")).toEqual([]);
      expect(await findConversationDate(outsider, conversation.id, people.report.id)).toBeNull();
      await expect(changeFollowUpStatus(outsider, status(id, "DONE"))).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(setMilestoneDone(outsider, milestone!.id, true)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(addMilestone(outsider, { followUpId: id, title: "x", dueDate: null })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    expect(await db.followUp.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "OPEN" });
    expect(await db.milestone.count({ where: { followUpId: id } })).toBe(2);
    expect(await findConversationDate(people.manager, conversation.id, people.report.id)).toEqual(conversation.occurredAt);
  });

  it("moves with the report: a report handed to another manager takes their follow-ups out of the old manager's view", async () => {
    const { id } = await createFollowUp(people.manager, input());
    await db.teamMember.update({ where: { id: people.report.id }, data: { managerId: people.colleague.userId } });
    expect((await listOpenFollowUps(people.manager, people.report.id)).followUps).toEqual([]);
    await expect(changeFollowUpStatus(people.manager, status(id, "DONE"))).rejects.toMatchObject({ code: "NOT_FOUND" });
    // The new manager does not inherit the previous manager's notes either.
    expect((await listOpenFollowUps(people.colleague, people.report.id)).followUps).toEqual([]);
  });
});
