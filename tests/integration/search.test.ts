import { beforeEach, describe, expect, it } from "vitest";
import { sealNote } from "@/lib/crypto/note-cipher";
import { db } from "@/lib/db";
import type { TeamMember } from "@/lib/generated/prisma/client";
import { searchNotes } from "@/lib/search/search-notes";
import { createConversation, createInsight, createManager, createMember, createWorkspaceWithOwner } from "@/tests/factories";

type Actor = { userId: string; workspaceId: string };
let manager: Actor;
let colleague: Actor;
let owner: Actor;
let stranger: Actor;
let yui: TeamMember;

beforeEach(async () => {
  const first = await createWorkspaceWithOwner(db);
  owner = { userId: first.user.id, workspaceId: first.workspace.id };
  manager = { userId: (await createManager(db, first.workspace.id)).id, workspaceId: first.workspace.id };
  colleague = { userId: (await createManager(db, first.workspace.id)).id, workspaceId: first.workspace.id };
  const second = await createWorkspaceWithOwner(db);
  stranger = { userId: second.user.id, workspaceId: second.workspace.id };
  yui = await createMember(db, { ...scope(manager), name: "Yui Sato", locale: "ja" });
});

describe("searching the manager's notes", () => {
  it("finds English words whatever their case", async () => {
    await note(yui, { text: "Loves Trail Running on weekends.", topic: "hobbies" });
    await note(yui, { text: "Studied law in Kyoto.", topic: "education" });

    expect(await texts(manager, "trail")).toEqual(["Loves Trail Running on weekends."]);
    expect(await texts(manager, "KYOTO")).toEqual(["Studied law in Kyoto."]);
  });

  it("finds a Japanese word inside a sentence, with no spaces around it", async () => {
    await note(yui, { text: "出身は札幌。冬になると雪かきの夢を見る。", topic: "hometown" });
    await note(yui, { text: "大学は文学部。", topic: "education" });

    expect(await texts(manager, "札幌")).toEqual(["出身は札幌。冬になると雪かきの夢を見る。"]);
    expect(await texts(manager, "雪かき")).toHaveLength(1);
  });

  it("treats full-width and half-width forms as the same", async () => {
    await note(yui, { text: "前職はＡＢＣ商事で営業。", topic: "previous-work" });
    await note(yui, { text: "Worked at xyz corp as a ｶﾞｲﾄﾞ.", topic: "previous-work" });

    expect(await texts(manager, "abc")).toEqual(["前職はＡＢＣ商事で営業。"]);
    expect(await texts(manager, "ＸＹＺ")).toEqual(["Worked at xyz corp as a ｶﾞｲﾄﾞ."]);
    expect(await texts(manager, "ガイド")).toEqual(["Worked at xyz corp as a ｶﾞｲﾄﾞ."]);
  });

  it("finds insights by their topic's label in English and in Japanese, and by a free topic", async () => {
    await note(yui, { text: "Grew up near the sea.", topic: "hometown" });
    await note(yui, { text: "Plays the shamisen.", topic: "Music on the side" });
    await note(yui, { text: "Grandfather taught her to fish.", topic: "family" });

    expect(await texts(manager, "hometown")).toEqual(["Grew up near the sea."]);
    expect(await texts(manager, "出身地")).toEqual(["Grew up near the sea."]);
    expect(await texts(manager, "music")).toEqual(["Plays the shamisen."]);
  });

  it("needs every word to match, including words separated by an ideographic space", async () => {
    await note(yui, { text: "出身は札幌。", topic: "hometown" });
    await note(yui, { text: "札幌の大学で建築を学んだ。", topic: "education" });

    expect(await texts(manager, "札幌 建築")).toEqual(["札幌の大学で建築を学んだ。"]);
    expect(await texts(manager, "札幌　出身地")).toEqual(["出身は札幌。"]);
    expect(await texts(manager, "札幌 tokyo")).toEqual([]);
  });

  it("searches the current personal mission, not its earlier versions", async () => {
    await mission(yui, 1, "Wants to build bridges between teams.");
    await mission(yui, 2, "Wants to teach young engineers, as her mentor once did.");

    const result = await searchNotes(manager, "mentor");
    expect(result.groups[0]?.member.id).toBe(yui.id);
    expect(result.groups[0]?.hits).toMatchObject([{ kind: "mission", text: "Wants to teach young engineers, as her mentor once did." }]);
    expect(await texts(manager, "bridges")).toEqual([]);
  });

  it("groups the hits by report, the report with the newest hit first", async () => {
    const ken = await createMember(db, { ...scope(manager), name: "Ken Ito" });
    await note(yui, { text: "Coffee lover.", topic: "hobbies", createdAt: new Date("2026-01-01") });
    await note(ken, { text: "Brews coffee at home.", topic: "hobbies", createdAt: new Date("2026-03-01") });
    await note(yui, { text: "Roasts coffee beans.", topic: "hobbies", createdAt: new Date("2026-02-01") });

    const result = await searchNotes(manager, "coffee");
    expect(result.groups.map((group) => [group.member.name, group.hits.map((hit) => hit.text)])).toEqual([
      ["Ken Ito", ["Brews coffee at home."]],
      ["Yui Sato", ["Roasts coffee beans.", "Coffee lover."]],
    ]);
    expect(result).toMatchObject({ terms: ["coffee"], hitCount: 3, hasMore: false });
  });

  it("returns at most the limit, and says when there are more", async () => {
    for (let index = 0; index < 4; index += 1) await note(yui, { text: `Walk number ${index}`, topic: "hobbies" });
    const result = await searchNotes(manager, "walk", { limit: 3 });
    expect(result).toMatchObject({ hitCount: 3, hasMore: true });
  });

  it("reads past the newest thousand notes when they hold too few matches, keeping the order", async () => {
    const hour = (index: number) => new Date(Date.UTC(2025, 0, 1) + index * 3_600_000);
    const text = (index: number) => (index < 2 || index === 1_199 ? `Kayak trip ${index}` : `Note ${index}`);
    await db.insight.createMany({
      data: Array.from({ length: 1_200 }, (_, index) => ({
        ...scope(manager),
        memberId: yui.id,
        depth: "FACTUAL" as const,
        topic: "hobbies",
        text: sealNote("Insight.text", text(index)),
        createdAt: hour(index),
      })),
    });
    expect(await texts(manager, "kayak")).toEqual(["Kayak trip 1199", "Kayak trip 1", "Kayak trip 0"]);
  });

  it("takes % and _ in the query literally", async () => {
    await note(yui, { text: "Asked to cut hours by 20% in May.", topic: "family" });
    await note(yui, { text: "Has 200 vinyl records.", topic: "hobbies" });
    await note(yui, { text: "Username is yui_sato.", topic: "hobbies" });
    await note(yui, { text: "Username was yuiXsato before.", topic: "hobbies" });

    expect(await texts(manager, "20%")).toEqual(["Asked to cut hours by 20% in May."]);
    expect(await texts(manager, "%")).toEqual(["Asked to cut hours by 20% in May."]);
    expect(await texts(manager, "yui_sato")).toEqual(["Username is yui_sato."]);
    expect(await texts(manager, "\\")).toEqual([]);
  });

  it("finds nothing for a blank query", async () => {
    await note(yui, { text: "Anything.", topic: "hobbies" });
    expect(await searchNotes(manager, " 　")).toEqual({ terms: [], groups: [], hitCount: 0, hasMore: false });
  });
});

describe("search sees only the manager's own notes", () => {
  beforeEach(async () => {
    await note(yui, { text: "秘密: 札幌に戻りたい。", topic: "why-this-city" });
    await mission(yui, 1, "札幌で家族のそばにいたい。");
  });

  it("finds nothing for another manager, the workspace owner, or a manager of another workspace", async () => {
    expect((await searchNotes(manager, "札幌")).hitCount).toBe(2);
    for (const other of [colleague, owner, stranger]) {
      expect(await searchNotes(other, "札幌"), other.userId).toMatchObject({ groups: [], hitCount: 0 });
    }
  });

  it("does not find the manager's notes about a report they no longer manage", async () => {
    await db.teamMember.update({ where: { id: yui.id }, data: { managerId: colleague.userId } });
    expect((await searchNotes(manager, "札幌")).hitCount).toBe(0);
    expect((await searchNotes(colleague, "札幌")).hitCount).toBe(0);
  });

  it("does not find notes another manager wrote about the manager's report", async () => {
    await createInsight(db, { workspaceId: manager.workspaceId, managerId: colleague.userId, memberId: yui.id, topic: "hobbies", text: "Colleague's note: karaoke." });
    expect(await texts(manager, "karaoke")).toEqual([]);
  });

  it("does not find deleted insights, nor insights of a deleted conversation", async () => {
    await note(yui, { text: "Deleted note about origami.", topic: "hobbies", deletedAt: new Date() });
    await createConversation(db, {
      ...scope(manager),
      memberId: yui.id,
      deletedAt: new Date(),
      insights: [{ depth: "FACTUAL", topic: "hobbies", text: "In a deleted conversation: origami." }],
    });
    expect(await texts(manager, "origami")).toEqual([]);
  });
});

function scope(actor: Actor) {
  return { workspaceId: actor.workspaceId, managerId: actor.userId };
}

async function note(member: TeamMember, fields: { text: string; topic: string; createdAt?: Date; deletedAt?: Date }) {
  return createInsight(db, { workspaceId: member.workspaceId, managerId: member.managerId, memberId: member.id, ...fields });
}

async function mission(member: TeamMember, version: number, text: string) {
  await db.personalMissionVersion.create({
    data: { workspaceId: member.workspaceId, managerId: member.managerId, memberId: member.id, version, text: sealNote("PersonalMissionVersion.text", text) },
  });
}

/** The texts of every hit, in order, across groups. */
async function texts(actor: Actor, query: string): Promise<string[]> {
  const { groups } = await searchNotes(actor, query);
  return groups.flatMap((group) => group.hits.map((hit) => hit.text));
}
