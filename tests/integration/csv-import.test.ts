import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { importMembers, previewMembersImport } from "@/lib/members/import-members";
import { createManager, createMember, createWorkspaceWithOwner } from "@/tests/factories";

type Actor = { userId: string; workspaceId: string };
let manager: Actor;
let colleague: Actor;
let stranger: Actor;

beforeEach(async () => {
  const first = await createWorkspaceWithOwner(db);
  manager = { userId: first.user.id, workspaceId: first.workspace.id };
  colleague = { userId: (await createManager(db, first.workspace.id)).id, workspaceId: first.workspace.id };
  const second = await createWorkspaceWithOwner(db);
  stranger = { userId: second.user.id, workspaceId: second.workspace.id };
});

const FILE = [
  "name,job title,team,start date,email",
  "Yui Sato,Product designer,Design,2024-04-01,yui.sato@example.com",
  "Daniel Okafor,Engineer,Platform,2023/10/16,",
  "Mio Abe,Sales lead,Sales,2024-13-45,mio@example.com",
  "佐藤 結,デザイナー,デザイン部,,",
].join("\n");

function namesOf(actor: Actor) {
  return db.teamMember
    .findMany({ where: { workspaceId: actor.workspaceId, managerId: actor.userId }, orderBy: { name: "asc" } })
    .then((members) => members.map((member) => member.name));
}

describe("importing reports from a CSV file", () => {
  it("adds the valid rows to the actor's own team, and nobody else's", async () => {
    expect(await importMembers(manager, FILE)).toEqual({ ok: true, added: 3, skipped: 0, invalid: 1 });

    expect(await namesOf(manager)).toEqual(["Daniel Okafor", "Yui Sato", "佐藤 結"]);
    expect(await db.teamMember.findFirstOrThrow({ where: { name: "Yui Sato" } })).toMatchObject({
      workspaceId: manager.workspaceId,
      managerId: manager.userId,
      jobTitle: "Product designer",
      team: "Design",
      startDate: new Date("2024-04-01T00:00:00Z"),
      email: "yui.sato@example.com",
      archivedAt: null,
    });
    expect(await namesOf(colleague)).toEqual([]);
    expect(await namesOf(stranger)).toEqual([]);
  });

  it("never imports a row with errors, and it blocks none of the others", async () => {
    await importMembers(manager, FILE);
    expect(await db.teamMember.count({ where: { name: "Mio Abe" } })).toBe(0);
    expect(await db.teamMember.count()).toBe(3);
  });

  it("adds nobody when the same file is imported again", async () => {
    await importMembers(manager, FILE);
    expect(await importMembers(manager, FILE)).toEqual({ ok: true, added: 0, skipped: 3, invalid: 1 });
    expect(await db.teamMember.count()).toBe(3);
  });

  it("counts archived reports and reports added by hand as already on the team", async () => {
    await createMember(db, { ...scope(manager), name: "Yui Sato", team: "Design", email: null, archivedAt: new Date() });
    await createMember(db, { ...scope(manager), name: "ダニエル", team: "Platform", email: "DANIEL@example.com" });
    const csv = "name,team,email\nYui Sato,Design,yui.sato@example.com\nDaniel Okafor,Platform,daniel@example.com\n";
    expect(await importMembers(manager, csv)).toEqual({ ok: true, added: 0, skipped: 2, invalid: 0 });
    const preview = await previewMembersImport(manager, csv);
    expect(preview.ok && preview.rows.map((row) => row.status)).toEqual(["archived", "existing"]);
  });

  it("does not treat another manager's identical report as a duplicate", async () => {
    for (const other of [colleague, stranger]) {
      await createMember(db, { ...scope(other), name: "Yui Sato", team: "Design", email: "yui.sato@example.com" });
    }
    const preview = await previewMembersImport(manager, FILE);
    expect(preview.ok && preview.rows.map((row) => row.status)).toEqual(["new", "new", "invalid", "new"]);
    expect(await importMembers(manager, FILE)).toMatchObject({ ok: true, added: 3 });
    expect(await db.teamMember.count({ where: { name: "Yui Sato" } })).toBe(3);
  });

  it("writes nothing while previewing, and refuses a broken file without touching the database", async () => {
    const preview = await previewMembersImport(manager, FILE);
    expect(preview.ok && preview.toAdd.map((member) => member.name)).toEqual(["Yui Sato", "Daniel Okafor", "佐藤 結"]);
    expect(await importMembers(manager, "team\nDesign\n")).toEqual({ ok: false, problem: { code: "missingNameColumn" } });
    expect(await db.teamMember.count()).toBe(0);
  });

  it("imports all the valid rows or none: a failure on one row undoes the others", async () => {
    // A database error on the third row, after two rows were written in the same transaction.
    await db.$executeRawUnsafe(`
      CREATE FUNCTION refuse_boom() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.name = 'Boom' THEN RAISE EXCEPTION 'refused'; END IF;
        RETURN NEW;
      END $$`);
    await db.$executeRawUnsafe(
      `CREATE TRIGGER refuse_boom BEFORE INSERT ON "TeamMember" FOR EACH ROW EXECUTE FUNCTION refuse_boom()`,
    );
    try {
      await expect(importMembers(manager, "name\nYui Sato\nDaniel Okafor\nBoom\nMio Abe\n")).rejects.toThrow();
      expect(await db.teamMember.count()).toBe(0);
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER refuse_boom ON "TeamMember"`);
      await db.$executeRawUnsafe(`DROP FUNCTION refuse_boom()`);
    }
  });

  it("adds each report once when the same file is confirmed twice at the same time", async () => {
    const outcomes = await Promise.all([importMembers(manager, FILE), importMembers(manager, FILE)]);
    expect(outcomes.map((outcome) => outcome.ok && outcome.added).sort()).toEqual([0, 3]);
    expect(await db.teamMember.count()).toBe(3);
  });
});

function scope(actor: Actor) {
  return { workspaceId: actor.workspaceId, managerId: actor.userId };
}
