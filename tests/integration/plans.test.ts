import { randomUUID } from "node:crypto";
import ical from "node-ical";
import { beforeEach, describe, expect, it } from "vitest";
import { createConversation as logConversation } from "@/lib/conversations/create-conversation";
import { conversationInputSchema } from "@/lib/conversations/schemas";
import { openOptionalNote } from "@/lib/crypto/note-cipher";
import { db } from "@/lib/db";
import { cancelPlan, createPlan } from "@/lib/plans/create-plan";
import { getNextPlan, getOpenPlan, listPlans } from "@/lib/plans/list-plans";
import { getPlanForCalendar, planCalendarEvent } from "@/lib/plans/plan-calendar";
import { planInputSchema } from "@/lib/plans/schemas";
import { openPlanText } from "@/lib/plans/plan-text";
import { suggestQuestions } from "@/lib/plans/suggest-questions";
import { syncBuiltinQuestions } from "@/lib/questions/sync-builtin-questions";
import { createMember } from "@/tests/factories";
import { createProfileActors, scopeOf } from "./profile-actors";

let people: Awaited<ReturnType<typeof createProfileActors>>;
const INTENTION = "Understand what makes her work meaningful, so I can give her more of it.";

const planInput = (input: Record<string, unknown> = {}) =>
  planInputSchema.parse({
    memberId: people.report.id,
    depth: "FACTUAL",
    intention: INTENTION,
    setting: "COFFEE",
    plannedOn: "2026-12-03",
    agenda: "Ask how the move went.",
    questionIds: "",
    ...input,
  });

async function factualQuestionIds(count: number) {
  const set = await suggestQuestions(people.manager, people.report.id, { depth: "FACTUAL", locale: "en", set: 0 });
  return set.questions.slice(0, count).map((question) => question.id);
}

beforeEach(async () => {
  people = await createProfileActors();
});

describe("saving a plan", () => {
  it("needs an intention, with a message at the field", () => {
    const result = planInputSchema.safeParse({ memberId: "m", depth: "FACTUAL", intention: "   ", plannedOn: "2026-12-03" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["intention", "required"]]);
    expect(planInputSchema.safeParse({ memberId: "m", depth: "FACTUAL", intention: "x", plannedOn: "2026-02-30" }).success).toBe(false);
    expect(planInputSchema.safeParse({ memberId: "m", depth: "FACTUAL", intention: "x".repeat(501), plannedOn: "2026-12-03" }).success).toBe(false);
  });

  it("saves the plan with its questions in the order chosen", async () => {
    const [first, second, third] = await factualQuestionIds(3);
    const { id } = await createPlan(people.manager, planInput({ questionIds: `${third},${first},${second}` }));
    const saved = await db.conversationPlan.findUniqueOrThrow({
      where: { id },
      include: { questions: { orderBy: { position: "asc" } } },
    });
    expect(openPlanText(saved)).toMatchObject({ ...scopeOf(people.manager), memberId: people.report.id, status: "PLANNED", intention: INTENTION, setting: "COFFEE" });
    expect(saved.plannedFor?.toISOString().slice(0, 10)).toBe("2026-12-03");
    expect(saved.questions.map((row) => row.questionId)).toEqual([third, first, second]);

    const { open, past } = await listPlans(people.manager, people.report.id, "ja");
    expect(past).toEqual([]);
    expect(open.map((plan) => plan.questions.map((question) => question.lang))).toEqual([["ja", "ja", "ja"]]);
  });

  it("refuses a report the actor does not manage, as if it did not exist, and writes nothing", async () => {
    for (const outsider of people.outsiders) {
      await expect(createPlan(outsider, planInput())).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    await expect(createPlan(people.manager, planInput({ memberId: "missing" }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.conversationPlan.count()).toBe(0);
  });

  it("refuses another workspace's question and writes nothing", async () => {
    const foreign = await db.question.create({
      data: { workspaceId: people.stranger.workspaceId, depth: "FACTUAL", topic: "hobbies", textEn: "Theirs?" },
    });
    await expect(createPlan(people.manager, planInput({ questionIds: foreign.id }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.conversationPlan.count()).toBe(0);
  });
});

describe("listing, cancelling and the calendar", () => {
  it("lists open plans soonest first and closed ones after, to the manager only", async () => {
    const later = await createPlan(people.manager, planInput({ plannedOn: "2026-12-20" }));
    const sooner = await createPlan(people.manager, planInput({ plannedOn: "2026-12-05" }));
    const dropped = await createPlan(people.manager, planInput({ plannedOn: "2026-12-01" }));
    await cancelPlan(people.manager, dropped.id);

    const plans = await listPlans(people.manager, people.report.id, "en");
    expect(plans.open.map((plan) => plan.id)).toEqual([sooner.id, later.id]);
    expect(plans.past.map((plan) => [plan.id, plan.status])).toEqual([[dropped.id, "CANCELLED"]]);
    expect((await getNextPlan(people.manager, people.report.id))?.id).toBe(sooner.id);

    for (const outsider of people.outsiders) {
      expect(await listPlans(outsider, people.report.id, "en")).toEqual({ open: [], past: [] });
      expect(await getNextPlan(outsider, people.report.id)).toBeNull();
      expect(await getOpenPlan(outsider, people.report.id, sooner.id)).toBeNull();
      expect(await getPlanForCalendar(outsider, sooner.id)).toBeNull();
      await expect(cancelPlan(outsider, sooner.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    await expect(cancelPlan(people.manager, dropped.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.conversationPlan.count({ where: { status: "PLANNED" } })).toBe(2);
  });

  it("makes one all-day event on the planned date, without the intention, agenda or questions", async () => {
    const questionIds = await factualQuestionIds(2);
    const { id } = await createPlan(people.manager, planInput({ questionIds: questionIds.join(",") }));
    const plan = await getPlanForCalendar(people.manager, id);
    expect(plan?.member.name).toBe("Yui Sato");
    const text = planCalendarEvent({ id, plannedFor: plan?.plannedFor ?? new Date(0) }, "Conversation with Yui Sato", "Innerview");

    const events = Object.values(ical.sync.parseICS(text)).filter((entry) => entry?.type === "VEVENT");
    expect(events).toHaveLength(1);
    const [event] = events;
    if (event?.type !== "VEVENT") throw new Error("no event");
    expect(event.summary).toBe("Conversation with Yui Sato");
    expect(event.datetype).toBe("date");
    expect(text).toContain("DTSTART;VALUE=DATE:20261203");
    expect(text).not.toContain("meaningful");
    expect(text).not.toContain("move went");
    const questions = await db.question.findMany({ where: { id: { in: questionIds } } });
    for (const question of questions) expect(text).not.toContain(question.textEn?.slice(0, 20));
  });
});

describe("logging the planned conversation", () => {
  const logInput = (input: Record<string, unknown>) =>
    conversationInputSchema("2026-12-31").parse({
      clientRequestId: randomUUID(),
      memberId: people.report.id,
      occurredOn: "2026-12-03",
      setting: "COFFEE",
      durationMinutes: "",
      openness: "4",
      intention: "",
      insights: [],
      ...input,
    });

  it("links the conversation to its plan, closes the plan and keeps its intention", async () => {
    const { id: planId } = await createPlan(people.manager, planInput());
    const { id } = await logConversation(people.manager, logInput({ planId }));
    const plan = await db.conversationPlan.findUniqueOrThrow({ where: { id: planId } });
    expect(plan).toMatchObject({ status: "DONE", conversationId: id });
    const { intention } = await db.conversation.findUniqueOrThrow({ where: { id } });
    expect(openOptionalNote("Conversation.intention", intention)).toBe(INTENTION);
    expect((await listPlans(people.manager, people.report.id, "en")).past.map((p) => p.status)).toEqual(["DONE"]);
  });

  it("ignores a plan id that is not the manager's open plan for that report, and still logs", async () => {
    const colleaguesReport = await createMember(db, { ...scopeOf(people.colleague) });
    const { id: foreignPlan } = await createPlan(people.colleague, planInput({ memberId: colleaguesReport.id }));
    const otherReport = await createMember(db, { ...scopeOf(people.manager) });
    const { id: otherReportsPlan } = await createPlan(people.manager, planInput({ memberId: otherReport.id }));
    const { id: cancelled } = await createPlan(people.manager, planInput());
    await cancelPlan(people.manager, cancelled);

    for (const planId of [foreignPlan, otherReportsPlan, cancelled, "made-up"]) {
      const { id } = await logConversation(people.manager, logInput({ planId }));
      expect((await db.conversation.findUniqueOrThrow({ where: { id } })).intention).toBeNull();
    }
    expect(await db.conversationPlan.count({ where: { conversationId: { not: null } } })).toBe(0);
    expect((await db.conversationPlan.findUniqueOrThrow({ where: { id: foreignPlan } })).status).toBe("PLANNED");
    expect((await db.conversationPlan.findUniqueOrThrow({ where: { id: otherReportsPlan } })).status).toBe("PLANNED");
  });

  it("does not link anything without a plan id, even with one open plan", async () => {
    await createPlan(people.manager, planInput());
    await logConversation(people.manager, logInput({}));
    expect(await db.conversationPlan.count({ where: { status: "PLANNED" } })).toBe(1);
  });
});

describe("the built-in question bank in the database", () => {
  it("is written once, idempotently, even when asked twice at once", async () => {
    await Promise.all([syncBuiltinQuestions(), syncBuiltinQuestions()]);
    await syncBuiltinQuestions();
    const count = await db.question.count({ where: { workspaceId: null } });
    expect(count).toBeGreaterThanOrEqual(77);
    expect(await db.question.count({ where: { key: null } })).toBe(0);
  });
});
