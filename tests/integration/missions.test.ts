import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { AppError } from "@/lib/errors/app-error";
import { getMission } from "@/lib/missions/get-mission";
import { saveMissionVersion } from "@/lib/missions/save-mission-version";
import { missionInputSchema } from "@/lib/missions/schemas";
import { createProfileActors } from "./profile-actors";

let people: Awaited<ReturnType<typeof createProfileActors>>;
const notFound = expect.objectContaining({ code: "NOT_FOUND" }) as AppError;

beforeEach(async () => {
  people = await createProfileActors();
});

function save(text: string, baseVersion: number, actor = people.manager) {
  return saveMissionVersion(actor, missionInputSchema.parse({ memberId: people.report.id, baseVersion, text }));
}

describe("the personal mission", () => {
  it("saves each text as the next version; the newest is current and the history lists them all", async () => {
    expect(await getMission(people.manager, people.report.id)).toEqual({ current: null, history: [], viewed: null });
    expect(await save("Being: grew up in Sendai.", 0)).toMatchObject({ status: "saved", mission: { version: 1 } });
    expect(await save("Being: grew up in Sendai.\n\nMeaning: people locked out by language.", 1)).toMatchObject({
      status: "saved",
      mission: { version: 2 },
    });

    const mission = await getMission(people.manager, people.report.id);
    expect(mission.current).toMatchObject({ version: 2, text: "Being: grew up in Sendai.\n\nMeaning: people locked out by language." });
    expect(mission.history.map((entry) => entry.version)).toEqual([2, 1]);
    expect(mission.viewed).toBeNull();

    const older = await getMission(people.manager, people.report.id, { viewVersion: 1 });
    expect(older.viewed).toMatchObject({ version: 1, text: "Being: grew up in Sendai." });
    // The current version is read as the current one, not as an older version.
    expect((await getMission(people.manager, people.report.id, { viewVersion: 2 })).viewed).toBeNull();
    expect((await getMission(people.manager, people.report.id, { viewVersion: 9 })).viewed).toBeNull();
  });

  it("refuses a save from a stale version with the latest one, and never overwrites it", async () => {
    await save("First.", 0);
    await save("Second, from another tab.", 1);
    const stale = await save("Second, from this tab.", 1);
    expect(stale).toEqual({ status: "conflict", latest: expect.objectContaining({ version: 2, text: "Second, from another tab." }) });
    expect(await save("Opened before the first one.", 0)).toMatchObject({ status: "conflict", latest: { version: 2 } });
    expect((await getMission(people.manager, people.report.id)).history).toHaveLength(2);
  });

  it("lets exactly one of two saves from the same version win", async () => {
    await save("First.", 0);
    const results = await Promise.all([save("Tab A.", 1), save("Tab B.", 1)]);
    expect(results.map((result) => result.status).sort()).toEqual(["conflict", "saved"]);
    expect((await getMission(people.manager, people.report.id)).current?.version).toBe(2);
  });

  it("adds no version when the text did not change (line endings and spaces aside)", async () => {
    await save("Line one.\nLine two.", 0);
    expect(await save("  Line one.\r\nLine two.  ", 1)).toMatchObject({ status: "unchanged", mission: { version: 1 } });
    expect((await getMission(people.manager, people.report.id)).history).toHaveLength(1);
  });

  it("validates the text: required, and not endless", () => {
    const parse = (text: string) => missionInputSchema.safeParse({ memberId: people.report.id, baseVersion: "0", text });
    expect(parse("   ").success).toBe(false);
    expect(parse("x".repeat(5_001)).success).toBe(false);
    expect(parse("Doing: write the docs she wished she had.")).toMatchObject({ success: true, data: { baseVersion: 0 } });
  });

  it("is the manager's alone: nobody else can read or write it, as for a missing report", async () => {
    await save("Private.", 0);
    for (const outsider of people.outsiders) {
      expect(await getMission(outsider, people.report.id, { viewVersion: 1 })).toEqual({ current: null, history: [], viewed: null });
      await expect(save("Theirs.", 1, outsider)).rejects.toEqual(notFound);
      await expect(save("Theirs.", 0, outsider)).rejects.toEqual(notFound);
    }
    await expect(
      saveMissionVersion(people.manager, { memberId: "missing-id", baseVersion: 0, text: "Nobody." }),
    ).rejects.toEqual(notFound);
    expect(await db.personalMissionVersion.count()).toBe(1);
  });
});
