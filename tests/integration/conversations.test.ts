import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { createConversation } from "@/lib/conversations/create-conversation";
import { conversationEditSchema, conversationInputSchema } from "@/lib/conversations/schemas";
import { getConversationForEdit, updateConversation } from "@/lib/conversations/update-conversation";
import { db } from "@/lib/db";
import { createManager, createMember, createWorkspaceWithOwner } from "@/tests/factories";

type Actor = { userId: string; workspaceId: string };
let manager: Actor;
let colleague: Actor;
let stranger: Actor;
let memberId: string;

const TODAY = "2026-11-21";
const parse = (input: Record<string, unknown>) =>
  conversationInputSchema(TODAY).parse({
    clientRequestId: randomUUID(),
    memberId,
    occurredOn: "2026-11-20",
    setting: "COFFEE",
    durationMinutes: "20",
    openness: "4",
    volunteered: true,
    pulledBackAt: null,
    intention: "",
    insights: [
      { depth: "FACTUAL", topic: "hometown", text: "Grew up in Sendai." },
      { depth: "CAUSATIVE", topic: "why-this-city", text: "Came to Tokyo for the design scene." },
      { depth: "FACTUAL", topic: "Coffee", text: "Takes it black." },
    ],
    ...input,
  });

beforeEach(async () => {
  const first = await createWorkspaceWithOwner(db);
  manager = { userId: first.user.id, workspaceId: first.workspace.id };
  colleague = { userId: (await createManager(db, first.workspace.id)).id, workspaceId: first.workspace.id };
  const second = await createWorkspaceWithOwner(db);
  stranger = { userId: second.user.id, workspaceId: second.workspace.id };
  memberId = (await createMember(db, { workspaceId: manager.workspaceId, managerId: manager.userId })).id;
});

describe("logging a conversation", () => {
  it("saves the conversation and its insights, written by the manager, on the chosen day", async () => {
    const { id, duplicate } = await createConversation(manager, parse({}));
    expect(duplicate).toBe(false);
    const saved = await db.conversation.findUniqueOrThrow({ where: { id }, include: { insights: true } });
    expect(saved).toMatchObject({ managerId: manager.userId, memberId, openness: 4, durationMinutes: 20, volunteered: true });
    expect(saved.occurredAt.toISOString().slice(0, 10)).toBe("2026-11-20");
    expect(saved.insights.map((insight) => [insight.depth, insight.topic])).toEqual(
      expect.arrayContaining([["FACTUAL", "hometown"], ["CAUSATIVE", "why-this-city"], ["FACTUAL", "Coffee"]]),
    );
    expect(saved.insights.every((insight) => insight.managerId === manager.userId)).toBe(true);
  });

  it("creates one conversation when the same form is submitted twice, even at once", async () => {
    const input = parse({});
    const results = await Promise.all([createConversation(manager, input), createConversation(manager, input)]);
    await createConversation(manager, input);
    expect(new Set(results.map((result) => result.id)).size).toBe(1);
    expect(await db.conversation.count({ where: { memberId } })).toBe(1);
    expect(await db.insight.count({ where: { memberId } })).toBe(3);
  });

  it("refuses a report the manager does not manage, as if it did not exist, and writes nothing", async () => {
    for (const actor of [colleague, stranger]) {
      await expect(createConversation(actor, parse({}))).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    await expect(createConversation(manager, parse({ memberId: "missing" }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.conversation.count()).toBe(0);
    expect(await db.insight.count()).toBe(0);
  });

  it("writes nothing when one insight cannot be saved", async () => {
    const input = parse({});
    // Postgres refuses NUL in a text column (the note's text is encrypted, its topic is not).
    const broken = { ...input, insights: [...input.insights, { depth: "VALUES" as const, topic: "\u0000", text: "Mentors." }] };
    await expect(createConversation(manager, broken)).rejects.toBeTruthy();
    expect(await db.conversation.count()).toBe(0);
    expect(await db.insight.count()).toBe(0);
  });
});

describe("the conversation form's rules", () => {
  const errors = (input: Record<string, unknown>) => {
    const result = conversationInputSchema(TODAY).safeParse({ ...parse({}), ...input });
    return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
  };

  it("names each bad answer at its field", () => {
    expect(errors({ openness: "9" })).toEqual({ openness: "opennessRange" });
    expect(errors({ openness: "" })).toEqual({ openness: "opennessRange" });
    expect(errors({ occurredOn: "2026-11-22" })).toEqual({ occurredOn: "dateInFuture" });
    expect(errors({ durationMinutes: "0" })).toEqual({ durationMinutes: "durationRange" });
    expect(errors({ insights: [{ depth: "VALUES", topic: "mentors", text: "   " }] })).toEqual({ "insights.0.text": "insightEmpty" });
    expect(errors({ insights: [{ depth: "VALUES", topic: "mentors", text: "x".repeat(2001) }] })).toEqual({ "insights.0.text": "tooLong" });
  });
});

describe("editing a logged conversation", () => {
  it("changes the answers of the manager's own conversation only", async () => {
    const { id } = await createConversation(manager, parse({}));
    const edit = conversationEditSchema(TODAY).parse({
      conversationId: id,
      occurredOn: "2026-11-01",
      setting: "WALK",
      durationMinutes: "",
      openness: "2",
      volunteered: false,
      pulledBackAt: "VALUES",
      intention: "Only to listen.",
    });
    for (const actor of [colleague, stranger]) {
      await expect(updateConversation(actor, edit)).rejects.toMatchObject({ code: "NOT_FOUND" });
      expect(await getConversationForEdit(actor, id)).toBeNull();
    }
    await updateConversation(manager, edit);
    expect(await getConversationForEdit(manager, id)).toMatchObject({
      setting: "WALK",
      durationMinutes: null,
      openness: 2,
      pulledBackAt: "VALUES",
      intention: "Only to listen.",
      occurredAt: new Date("2026-11-01T12:00:00Z"),
    });
    expect(await db.insight.count({ where: { conversationId: id } })).toBe(3);
  });
});
