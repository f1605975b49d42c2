import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createPlan, cancelPlan } from "@/lib/plans/create-plan";
import { planInputSchema } from "@/lib/plans/schemas";
import { suggestQuestions } from "@/lib/plans/suggest-questions";
import { FACTUAL_QUESTIONS } from "@/lib/questions/builtin-questions";
import { questionInputSchema } from "@/lib/questions/schemas";
import {
  type QuestionActor,
  addWorkspaceQuestion,
  archiveWorkspaceQuestion,
  listWorkspaceQuestions,
} from "@/lib/questions/workspace-questions";
import { createConversation, createInsight, createMember } from "@/tests/factories";
import { createProfileActors, notesOf } from "./profile-actors";

let people: Awaited<ReturnType<typeof createProfileActors>>;
let manager: QuestionActor;
let colleague: QuestionActor;
let owner: QuestionActor;
let stranger: QuestionActor;

const question = (input: Record<string, unknown>) =>
  questionInputSchema.parse({ depth: "FACTUAL", topic: "hobbies", textEn: "", textJa: "", hintEn: "", hintJa: "", ...input });

/** Every question the page would offer at a depth, all sets together. */
async function allSuggested(actor = people.manager, depth: "FACTUAL" | "CAUSATIVE" | "VALUES" = "FACTUAL", locale = "en") {
  const first = await suggestQuestions(actor, people.report.id, { depth, locale, set: 0 });
  const sets = [first];
  for (let set = 1; set < first.sets; set++) sets.push(await suggestQuestions(actor, people.report.id, { depth, locale, set }));
  return sets.flatMap((one) => one.questions);
}

beforeEach(async () => {
  people = await createProfileActors();
  manager = { ...people.manager, role: "MANAGER" };
  colleague = { ...people.colleague, role: "MANAGER" };
  owner = { ...people.owner, role: "OWNER" };
  stranger = { ...people.stranger, role: "MANAGER" };
});

describe("suggested questions", () => {
  it("offers three at a time from the built-in bank, the same three for the same set", async () => {
    const first = await suggestQuestions(people.manager, people.report.id, { depth: "FACTUAL", locale: "en", set: 0 });
    expect(first.questions).toHaveLength(3);
    expect(first.available).toBe(FACTUAL_QUESTIONS.length);
    expect(new Set(first.questions.map((q) => q.topic)).size).toBe(3);
    expect(await suggestQuestions(people.manager, people.report.id, { depth: "FACTUAL", locale: "en", set: 0 })).toEqual(first);
    const second = await suggestQuestions(people.manager, people.report.id, { depth: "FACTUAL", locale: "en", set: 1 });
    expect(second.questions.map((q) => q.id)).not.toEqual(first.questions.map((q) => q.id));
  });

  it("leaves out topics the manager already knows, but not topics only a colleague or a deleted note knows", async () => {
    const notes = notesOf(people.manager, people.report.id);
    await createInsight(db, { ...notes, depth: "FACTUAL", topic: "hometown" });
    await createInsight(db, { ...notes, depth: "FACTUAL", topic: "family", deletedAt: new Date() });
    await createInsight(db, { ...notes, depth: "CAUSATIVE", topic: "education" });
    await createInsight(db, { ...notesOf(people.colleague, people.report.id), depth: "FACTUAL", topic: "hobbies" });
    await createConversation(db, { ...notes, deletedAt: new Date(), insights: [{ depth: "FACTUAL", topic: "languages" }] });

    const topics = new Set((await allSuggested()).map((q) => q.topic));
    expect(topics.has("hometown")).toBe(false);
    for (const topic of ["family", "education", "hobbies", "languages", "previous-work"]) expect(topics.has(topic)).toBe(true);
    // Nobody else learns anything from the manager's notes through the suggestions.
    for (const outsider of people.outsiders) {
      expect((await allSuggested(outsider)).some((q) => q.topic === "hometown")).toBe(true);
    }
  });

  it("leaves out questions used in the manager's earlier plans for this report, unless the plan was cancelled", async () => {
    const [used, other, freed] = (await suggestQuestions(people.manager, people.report.id, { depth: "FACTUAL", locale: "en", set: 0 })).questions;
    const plan = (ids: string[]) =>
      planInputSchema.parse({ memberId: people.report.id, depth: "FACTUAL", intention: "Get to know him.", plannedOn: "2026-12-01", questionIds: ids });
    await createPlan(people.manager, plan([used?.id ?? "", other?.id ?? ""]));
    const cancelled = await createPlan(people.manager, plan([freed?.id ?? ""]));
    await cancelPlan(people.manager, cancelled.id);

    const ids = new Set((await allSuggested()).map((q) => q.id));
    expect(ids.has(used?.id ?? "")).toBe(false);
    expect(ids.has(other?.id ?? "")).toBe(false);
    expect(ids.has(freed?.id ?? "")).toBe(true);
    expect(ids.size).toBe(FACTUAL_QUESTIONS.length - 2);
  });

  it("says when the bank at a depth is exhausted", async () => {
    const notes = notesOf(people.manager, people.report.id);
    for (const topic of ["proudest", "would-change", "mentors", "hard-times", "for-others"]) {
      await createInsight(db, { ...notes, depth: "VALUES", topic });
    }
    expect(await suggestQuestions(people.manager, people.report.id, { depth: "VALUES", locale: "ja", set: 2 })).toEqual({
      questions: [],
      set: 0,
      sets: 0,
      available: 0,
    });
  });
});

describe("the workspace's own questions", () => {
  it("are suggested to every manager of the workspace, as written, and never to another workspace", async () => {
    await addWorkspaceQuestion(colleague, question({ topic: "Weekend plans", textJa: "週末は何をしていますか。", hintJa: "自分の週末の話から。" }));
    const mine = (await allSuggested(people.manager, "FACTUAL", "en")).filter((q) => q.own);
    expect(mine).toEqual([
      expect.objectContaining({ topic: "Weekend plans", text: "週末は何をしていますか。", hint: "自分の週末の話から。", lang: "ja" }),
    ]);

    const theirReport = await createMember(db, { workspaceId: people.stranger.workspaceId, managerId: people.stranger.userId });
    const theirs = await suggestQuestions(people.stranger, theirReport.id, { depth: "FACTUAL", locale: "en", set: 0 });
    expect(theirs.available).toBe(FACTUAL_QUESTIONS.length);
    expect(await listWorkspaceQuestions(people.stranger)).toEqual([]);
    expect((await listWorkspaceQuestions(people.owner)).map((q) => q.textJa)).toEqual(["週末は何をしていますか。"]);
  });

  it("needs a text in at least one language, a topic, and sane lengths", () => {
    const missing = questionInputSchema.safeParse({ depth: "FACTUAL", topic: "hobbies", textEn: " ", textJa: "" });
    expect(missing.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["textEn", "required"]]);
    expect(questionInputSchema.safeParse({ depth: "FACTUAL", topic: "", textEn: "Hi?" }).success).toBe(false);
    expect(questionInputSchema.safeParse({ depth: "DEEP", topic: "x", textEn: "Hi?" }).success).toBe(false);
    expect(questionInputSchema.safeParse({ depth: "FACTUAL", topic: "x", textEn: "x".repeat(301) }).success).toBe(false);
  });

  it("can be archived by whoever added them and by the owner, and are then no longer suggested", async () => {
    const first = await addWorkspaceQuestion(manager, question({ textEn: "What got you into climbing?" }));
    const second = await addWorkspaceQuestion(manager, question({ textEn: "Which café do you like?" }));

    for (const outsider of [colleague, stranger]) {
      await expect(archiveWorkspaceQuestion(outsider, first.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    await archiveWorkspaceQuestion(manager, first.id);
    await archiveWorkspaceQuestion(owner, second.id);
    await expect(archiveWorkspaceQuestion(manager, first.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await listWorkspaceQuestions(manager)).toEqual([]);
    expect((await allSuggested()).filter((q) => q.own)).toEqual([]);
  });

  it("a built-in question cannot be archived, not even by the owner", async () => {
    await suggestQuestions(people.manager, people.report.id, { depth: "FACTUAL", locale: "en", set: 0 });
    const builtin = await db.question.findFirstOrThrow({ where: { workspaceId: null } });
    await expect(archiveWorkspaceQuestion(owner, builtin.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
