import { beforeEach, describe, expect, it } from "vitest";
import { listConversations, TIMELINE_PAGE_SIZE } from "@/lib/conversations/list-conversations";
import { db } from "@/lib/db";
import { listOpenFollowUps } from "@/lib/follow-ups/list-open-follow-ups";
import { getMemberProfile } from "@/lib/members/get-member-profile";
import { getCoverage } from "@/lib/profile/get-coverage";
import { getOpennessHistory } from "@/lib/profile/get-openness-history";
import { INSIGHTS_PER_DEPTH, listKnownInsights } from "@/lib/profile/list-known-insights";
import { createConversation, createFollowUp, createInsight } from "@/tests/factories";
import { createProfileActors, notesOf } from "./profile-actors";

let people: Awaited<ReturnType<typeof createProfileActors>>;
let notes: ReturnType<typeof notesOf>;
const NOW = new Date("2026-06-15T12:00:00Z");
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 24 * 60 * 60 * 1000);

beforeEach(async () => {
  people = await createProfileActors();
  notes = notesOf(people.manager, people.report.id);
});

describe("the profile's header", () => {
  it("shows the report to their manager, and to nobody else, as if the id did not exist", async () => {
    expect(await getMemberProfile(people.manager, people.report.id)).toMatchObject({ name: "Yui Sato", archivedAt: null });
    for (const outsider of people.outsiders) expect(await getMemberProfile(outsider, people.report.id)).toBeNull();
    expect(await getMemberProfile(people.manager, "missing-id")).toBeNull();
  });
});

describe("what I know and its coverage", () => {
  it("groups insights by depth and topic, newest first, leaving out deleted ones and deleted conversations", async () => {
    await createInsight(db, { ...notes, depth: "FACTUAL", topic: "hometown", text: "Grew up in Sendai.", createdAt: daysAgo(30) });
    await createInsight(db, { ...notes, depth: "FACTUAL", topic: "hobbies", text: "Runs on weekends.", createdAt: daysAgo(20) });
    await createInsight(db, { ...notes, depth: "FACTUAL", topic: "hometown", text: "Moved to Osaka at 12.", createdAt: daysAgo(10) });
    await createInsight(db, { ...notes, depth: "VALUES", topic: "a teacher who believed in her", text: "Own topic." });
    await createInsight(db, { ...notes, depth: "FACTUAL", topic: "family", text: "Deleted.", deletedAt: daysAgo(1) });
    await createConversation(db, {
      ...notes,
      deletedAt: daysAgo(1),
      insights: [{ depth: "CAUSATIVE", topic: "why-this-job", text: "In a deleted conversation." }],
    });

    const [factual, causative, values] = await listKnownInsights(people.manager, people.report.id);
    expect(factual?.topics.map(({ topic, insights }) => [topic, insights.map((insight) => insight.text)])).toEqual([
      ["hometown", ["Moved to Osaka at 12.", "Grew up in Sendai."]],
      ["hobbies", ["Runs on weekends."]],
    ]);
    expect(causative?.topics).toEqual([]);
    expect(values?.topics.map((group) => group.topic)).toEqual(["a teacher who believed in her"]);

    const coverage = await getCoverage(people.manager, people.report.id);
    expect(coverage[0]).toEqual({
      depth: "FACTUAL",
      insightCount: 3,
      // In the order of the topic list, not of the insights.
      knownTopics: ["hometown", "hobbies"],
      unknownTopics: ["education", "previous-work", "family", "languages"],
      ownTopics: [],
    });
    expect(coverage[1]).toMatchObject({ depth: "CAUSATIVE", insightCount: 0, knownTopics: [] });
    expect(coverage[1]?.unknownTopics).toHaveLength(5);
    expect(coverage[2]).toMatchObject({ insightCount: 1, knownTopics: [], ownTopics: ["a teacher who believed in her"] });
  });

  it("loads a few insights per depth, and all of one depth when asked", async () => {
    for (let index = 0; index < INSIGHTS_PER_DEPTH + 2; index++) {
      await createInsight(db, { ...notes, depth: "FACTUAL", topic: "hobbies", text: `Hobby ${index}`, createdAt: daysAgo(50 - index) });
    }
    const [collapsed] = await listKnownInsights(people.manager, people.report.id);
    expect(collapsed).toMatchObject({ shown: INSIGHTS_PER_DEPTH, hasMore: true });
    expect(collapsed?.topics[0]?.insights[0]?.text).toBe(`Hobby ${INSIGHTS_PER_DEPTH + 1}`);
    const [expanded] = await listKnownInsights(people.manager, people.report.id, { expandedDepth: "FACTUAL" });
    expect(expanded).toMatchObject({ shown: INSIGHTS_PER_DEPTH + 2, hasMore: false });
  });

  it("shows nothing to anyone else, and not another manager's notes about the same report", async () => {
    await createInsight(db, { ...notes, depth: "FACTUAL", topic: "hometown" });
    await createInsight(db, { ...notesOf(people.colleague, people.report.id), depth: "VALUES", topic: "mentors", text: "The colleague's note." });

    const [, , values] = await listKnownInsights(people.manager, people.report.id);
    expect(values?.topics).toEqual([]);
    for (const outsider of people.outsiders) {
      const known = await listKnownInsights(outsider, people.report.id);
      expect(known.every((depth) => depth.topics.length === 0)).toBe(true);
      const coverage = await getCoverage(outsider, people.report.id);
      expect(coverage.map((depth) => depth.insightCount)).toEqual([0, 0, 0]);
    }
  });
});

describe("the conversation timeline", () => {
  it("pages through conversations newest first, each with its insights, without deleted ones", async () => {
    const total = TIMELINE_PAGE_SIZE + 3;
    for (let index = 0; index < total; index++) {
      await createConversation(db, {
        ...notes,
        occurredAt: daysAgo(100 - index),
        insights: index === total - 1 ? [{ depth: "FACTUAL", topic: "hometown", text: "First." }, { depth: "VALUES", topic: "mentors", text: "Second." }] : [],
      });
    }
    await createConversation(db, { ...notes, occurredAt: daysAgo(1), deletedAt: daysAgo(1) });

    const first = await listConversations(people.manager, people.report.id, { page: 1 });
    expect(first).toMatchObject({ page: 1, pageCount: 2, total });
    expect(first.conversations).toHaveLength(TIMELINE_PAGE_SIZE);
    expect(first.conversations[0]?.occurredAt).toEqual(daysAgo(100 - (total - 1)));
    expect(first.conversations[0]?.insights.map((insight) => insight.text)).toEqual(["First.", "Second."]);

    const second = await listConversations(people.manager, people.report.id, { page: 2 });
    expect(second.conversations).toHaveLength(3);
    expect(second.conversations.at(-1)?.occurredAt).toEqual(daysAgo(100));
    expect((await listConversations(people.manager, people.report.id, { page: 99 })).page).toBe(2);
  });

  it("shows no conversation to anyone else", async () => {
    await createConversation(db, { ...notes });
    await createConversation(db, { ...notesOf(people.colleague, people.report.id) });
    expect((await listConversations(people.manager, people.report.id)).total).toBe(1);
    for (const outsider of people.outsiders) {
      expect(await listConversations(outsider, people.report.id)).toMatchObject({ total: 0, conversations: [] });
      expect(await getOpennessHistory(outsider, people.report.id, NOW)).toEqual([]);
    }
  });
});

describe("the openness chart", () => {
  it("covers the last year, oldest first, with the deepest depth learned each time", async () => {
    await createConversation(db, { ...notes, occurredAt: daysAgo(400), openness: 1 });
    await createConversation(db, {
      ...notes,
      occurredAt: daysAgo(60),
      openness: 2,
      pulledBackAt: "CAUSATIVE",
      insights: [{ depth: "FACTUAL" }, { depth: "FACTUAL" }],
    });
    await createConversation(db, {
      ...notes,
      occurredAt: daysAgo(30),
      openness: 4,
      insights: [{ depth: "FACTUAL" }, { depth: "CAUSATIVE" }, { depth: "VALUES", deletedAt: daysAgo(2) }],
    });
    await createConversation(db, { ...notes, occurredAt: daysAgo(5), openness: 5 });
    await createConversation(db, { ...notes, occurredAt: daysAgo(3), openness: 3, deletedAt: daysAgo(2) });

    const history = await getOpennessHistory(people.manager, people.report.id, NOW);
    expect(history.map(({ openness, deepestDepth, pulledBackAt }) => ({ openness, deepestDepth, pulledBackAt }))).toEqual([
      { openness: 2, deepestDepth: "FACTUAL", pulledBackAt: "CAUSATIVE" },
      { openness: 4, deepestDepth: "CAUSATIVE", pulledBackAt: null },
      { openness: 5, deepestDepth: null, pulledBackAt: null },
    ]);
  });
});

describe("open follow-ups", () => {
  it("lists open and in-progress follow-ups, soonest due first, with milestones done of total", async () => {
    const conversation = await createConversation(db, { ...notes });
    const base = { ...notes, conversationId: conversation.id };
    await createFollowUp(db, { ...base, request: "No date", dueDate: null });
    await createFollowUp(db, {
      ...base,
      request: "Training",
      status: "IN_PROGRESS",
      dueDate: new Date("2026-07-01T00:00:00Z"),
      milestones: [{ doneAt: daysAgo(3) }, { doneAt: null }, { doneAt: daysAgo(1) }],
    });
    await createFollowUp(db, { ...base, request: "Soon", dueDate: new Date("2026-06-20T00:00:00Z") });
    await createFollowUp(db, { ...base, request: "Done", status: "DONE" });
    await createFollowUp(db, { ...base, request: "Dropped", status: "DROPPED" });

    const { followUps, hasMore } = await listOpenFollowUps(people.manager, people.report.id);
    expect(hasMore).toBe(false);
    expect(followUps.map(({ request, milestonesDone, milestonesTotal }) => [request, milestonesDone, milestonesTotal])).toEqual([
      ["Soon", 0, 0],
      ["Training", 2, 3],
      ["No date", 0, 0],
    ]);
  });

  it("shows no follow-up to anyone else", async () => {
    await createFollowUp(db, { ...notes });
    await createFollowUp(db, { ...notesOf(people.colleague, people.report.id) });
    expect((await listOpenFollowUps(people.manager, people.report.id)).followUps).toHaveLength(1);
    for (const outsider of people.outsiders) {
      expect((await listOpenFollowUps(outsider, people.report.id)).followUps).toEqual([]);
    }
  });
});
