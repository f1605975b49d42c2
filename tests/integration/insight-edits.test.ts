import { beforeEach, describe, expect, it } from "vitest";
import { deleteConversation, restoreConversation } from "@/lib/conversations/delete-conversation";
import { withOpenText } from "@/lib/crypto/note-cipher";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { deleteInsight, restoreInsight } from "@/lib/insights/delete-insight";
import { updateInsight } from "@/lib/insights/update-insight";
import { listKnownInsights } from "@/lib/profile/list-known-insights";
import { listRecentlyDeleted } from "@/lib/profile/list-recently-deleted";
import { TRASH_RETENTION_DAYS } from "@/lib/profile/trash-retention";
import { createConversation, createInsight } from "@/tests/factories";
import { createProfileActors, notesOf } from "./profile-actors";

let people: Awaited<ReturnType<typeof createProfileActors>>;
let notes: ReturnType<typeof notesOf>;
const DAY_MS = 24 * 60 * 60 * 1000;

beforeEach(async () => {
  people = await createProfileActors();
  notes = notesOf(people.manager, people.report.id);
});

const notFound = expect.objectContaining({ code: "NOT_FOUND" }) as AppError;

async function visibleTexts() {
  const known = await listKnownInsights(people.manager, people.report.id);
  return known.flatMap((depth) => depth.topics.flatMap((topic) => topic.insights.map((insight) => insight.text)));
}

describe("editing an insight", () => {
  it("saves an edit made from the current version, and counts the version up", async () => {
    const insight = await createInsight(db, { ...notes, depth: "FACTUAL", topic: "hometown", text: "Sendai." });
    const result = await updateInsight(people.manager, {
      insightId: insight.id,
      version: 1,
      depth: "CAUSATIVE",
      topic: "why-this-city",
      text: "Moved to Tokyo for the design scene.",
    });
    expect(result).toEqual({
      status: "updated",
      insight: expect.objectContaining({ depth: "CAUSATIVE", topic: "why-this-city", text: "Moved to Tokyo for the design scene.", version: 2 }),
    });
  });

  it("refuses a stale edit without writing it, and returns what is there now", async () => {
    const insight = await createInsight(db, { ...notes, depth: "FACTUAL", topic: "hometown", text: "Sendai." });
    const edit = { insightId: insight.id, version: 1, depth: "FACTUAL" as const, topic: "hometown" };
    await updateInsight(people.manager, { ...edit, text: "Edited in one tab." });
    const stale = await updateInsight(people.manager, { ...edit, text: "Edited in another tab." });
    expect(stale).toEqual({ status: "conflict", current: expect.objectContaining({ text: "Edited in one tab.", version: 2 }) });
    expect(withOpenText("Insight.text", await db.insight.findUniqueOrThrow({ where: { id: insight.id } }))).toMatchObject({ text: "Edited in one tab.", version: 2 });
  });

  it("lets nobody else edit it, nor edit a deleted one: both look like a missing id", async () => {
    const insight = await createInsight(db, { ...notes, text: "Mine." });
    const edit = { insightId: insight.id, version: 1, depth: "FACTUAL" as const, topic: "hometown", text: "Theirs." };
    for (const outsider of people.outsiders) await expect(updateInsight(outsider, edit)).rejects.toEqual(notFound);
    await expect(updateInsight(people.manager, { ...edit, insightId: "missing-id" })).rejects.toEqual(notFound);
    await deleteInsight(people.manager, insight.id);
    await expect(updateInsight(people.manager, edit)).rejects.toEqual(notFound);
    expect(withOpenText("Insight.text", await db.insight.findUniqueOrThrow({ where: { id: insight.id } }))).toMatchObject({ text: "Mine.", version: 1 });
  });
});

describe("deleting and restoring an insight", () => {
  it("hides a deleted insight, lists it as recently deleted, and restores it", async () => {
    const insight = await createInsight(db, { ...notes, text: "Plays the cello." });
    const deleted = await deleteInsight(people.manager, insight.id);
    expect(deleted).toMatchObject({ id: insight.id, memberId: people.report.id });
    expect(await visibleTexts()).toEqual([]);
    expect((await listRecentlyDeleted(people.manager, people.report.id)).insights.map((row) => row.text)).toEqual(["Plays the cello."]);
    await expect(deleteInsight(people.manager, insight.id)).rejects.toEqual(notFound);

    await restoreInsight(people.manager, insight.id);
    expect(await visibleTexts()).toEqual(["Plays the cello."]);
    expect((await listRecentlyDeleted(people.manager, people.report.id)).insights).toEqual([]);
    await expect(restoreInsight(people.manager, insight.id)).rejects.toEqual(notFound);
  });

  it("can no longer restore after the retention period", async () => {
    const insight = await createInsight(db, { ...notes });
    const deletedAt = new Date("2026-01-01T09:00:00Z");
    await deleteInsight(people.manager, insight.id, deletedAt);
    const later = new Date(deletedAt.getTime() + (TRASH_RETENTION_DAYS + 1) * DAY_MS);
    expect((await listRecentlyDeleted(people.manager, people.report.id, later)).insights).toEqual([]);
    await expect(restoreInsight(people.manager, insight.id, later)).rejects.toEqual(notFound);
    await restoreInsight(people.manager, insight.id, new Date(deletedAt.getTime() + (TRASH_RETENTION_DAYS - 1) * DAY_MS));
  });

  it("lets nobody else delete, restore or see the deleted insight", async () => {
    const insight = await createInsight(db, { ...notes });
    for (const outsider of people.outsiders) await expect(deleteInsight(outsider, insight.id)).rejects.toEqual(notFound);
    await deleteInsight(people.manager, insight.id);
    for (const outsider of people.outsiders) {
      await expect(restoreInsight(outsider, insight.id)).rejects.toEqual(notFound);
      expect(await listRecentlyDeleted(outsider, people.report.id)).toEqual({ conversations: [], insights: [] });
    }
  });
});

describe("deleting and restoring a conversation", () => {
  it("deletes a conversation with its insights at once, and restores exactly those", async () => {
    const conversation = await createConversation(db, {
      ...notes,
      insights: [{ text: "Kept with the conversation." }, { text: "Deleted on its own before." }],
    });
    const [kept, deletedBefore] = conversation.insights;
    await deleteInsight(people.manager, deletedBefore?.id ?? "");
    await deleteConversation(people.manager, conversation.id);

    expect(await visibleTexts()).toEqual([]);
    const trash = await listRecentlyDeleted(people.manager, people.report.id);
    expect(trash.conversations.map((row) => row.id)).toEqual([conversation.id]);
    // Its insights come back with it, not one by one.
    expect(trash.insights).toEqual([]);
    await expect(restoreInsight(people.manager, kept?.id ?? "")).rejects.toEqual(notFound);
    await expect(deleteConversation(people.manager, conversation.id)).rejects.toEqual(notFound);

    await restoreConversation(people.manager, conversation.id);
    expect(await visibleTexts()).toEqual(["Kept with the conversation."]);
    expect(await db.conversation.findUniqueOrThrow({ where: { id: conversation.id } })).toMatchObject({ deletedAt: null });
    await expect(restoreConversation(people.manager, conversation.id)).rejects.toEqual(notFound);
  });

  it("can no longer restore a conversation after the retention period", async () => {
    const conversation = await createConversation(db, { ...notes });
    const deletedAt = new Date("2026-01-01T09:00:00Z");
    await deleteConversation(people.manager, conversation.id, deletedAt);
    const later = new Date(deletedAt.getTime() + (TRASH_RETENTION_DAYS + 1) * DAY_MS);
    expect((await listRecentlyDeleted(people.manager, people.report.id, later)).conversations).toEqual([]);
    await expect(restoreConversation(people.manager, conversation.id, later)).rejects.toEqual(notFound);
  });

  it("lets nobody else delete or restore it", async () => {
    const conversation = await createConversation(db, { ...notes, insights: [{ text: "Private." }] });
    for (const outsider of people.outsiders) await expect(deleteConversation(outsider, conversation.id)).rejects.toEqual(notFound);
    expect(await visibleTexts()).toEqual(["Private."]);
    await deleteConversation(people.manager, conversation.id);
    for (const outsider of people.outsiders) {
      await expect(restoreConversation(outsider, conversation.id)).rejects.toEqual(notFound);
    }
    await expect(restoreConversation(people.manager, "missing-id")).rejects.toEqual(notFound);
  });
});
