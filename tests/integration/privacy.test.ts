import { describe, expect, it } from "vitest";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { eraseReport } from "@/lib/privacy/erase-report";
import { exportReport } from "@/lib/privacy/export-report";
import { renderReportDocument } from "@/lib/privacy/report-document";
import { createConversation, createFollowUp, createManager, createMember } from "@/tests/factories";
import { createProfileActors, notesOf } from "./profile-actors";

/** Every text column of every table, so a new table cannot escape the erasure check. */
async function rowsMentioning(ids: string[]): Promise<string[]> {
  const columns = await db.$queryRaw<{ table_name: string; column_name: string }[]>`
    SELECT table_name::text AS table_name, column_name::text AS column_name FROM information_schema.columns
    WHERE table_schema = 'public' AND data_type IN ('text', 'character varying') AND table_name <> '_prisma_migrations'`;
  const found: string[] = [];
  for (const { table_name: table, column_name: column } of columns) {
    const [row] = await db.$queryRawUnsafe<{ count: bigint }[]>(
      `SELECT count(*) AS count FROM "${table}" WHERE "${column}" = ANY($1::text[])`,
      ids,
    );
    if (Number(row?.count ?? 0) > 0) found.push(`${table}.${column}`);
  }
  return found;
}

async function reportWithHistory() {
  const actors = await createProfileActors();
  const notes = notesOf(actors.manager, actors.report.id);
  const conversation = await createConversation(db, {
    ...notes,
    intention: "Understand what keeps her going",
    insights: [
      { depth: "FACTUAL", topic: "hometown", text: "Grew up in Sapporo <script>alert(1)</script>" },
      { depth: "VALUES", topic: "pride", text: "Proud of mentoring two juniors", deletedAt: new Date() },
    ],
  });
  const followUp = await createFollowUp(db, { ...notes, conversationId: conversation.id, milestones: [{ title: "Ask HR" }] });
  const mission = await db.personalMissionVersion.create({ data: { ...notes, version: 1, text: "Help others grow" } });
  const plan = await db.conversationPlan.create({
    data: { ...notes, intention: "Support her next step", depth: "CAUSATIVE", conversationId: conversation.id, status: "DONE" },
  });
  // An earlier manager's note about the same report: not exported by today's manager, but erased.
  const earlier = await createManager(db, actors.manager.workspaceId);
  const earlierNote = await createConversation(db, {
    workspaceId: actors.manager.workspaceId,
    managerId: earlier.id,
    memberId: actors.report.id,
    insights: [{ depth: "FACTUAL", topic: "hobbies", text: "Plays the shamisen" }],
  });
  const ids = [
    actors.report.id,
    conversation.id,
    ...conversation.insights.map((insight) => insight.id),
    followUp.id,
    ...followUp.milestones.map((milestone) => milestone.id),
    mission.id,
    plan.id,
    earlierNote.id,
    ...earlierNote.insights.map((insight) => insight.id),
  ];
  return { ...actors, ids };
}

describe("export of everything about one report", () => {
  it("holds the manager's own notes, deleted ones included, but not an earlier manager's", async () => {
    const { manager, report } = await reportWithHistory();
    const data = await exportReport(manager, report.id);

    expect(data).toMatchObject({ format: "innerview/report-export", version: 1, report: { name: "Yui Sato" } });
    expect(data.conversations).toHaveLength(1);
    expect(data.conversations[0]?.insights.map((insight) => insight.text)).toEqual([
      "Grew up in Sapporo <script>alert(1)</script>",
      "Proud of mentoring two juniors",
    ]);
    expect(data.followUps[0]?.milestones).toEqual([expect.objectContaining({ title: "Ask HR" })]);
    expect(data.personalMissionVersions.map((version) => version.text)).toEqual(["Help others grow"]);
    expect(data.plans.map((plan) => plan.intention)).toEqual(["Support her next step"]);
    expect(JSON.stringify(data)).not.toContain("shamisen");
  });

  it("reads as a plain document in which markup stays text", async () => {
    const { manager, report } = await reportWithHistory();
    const data = await exportReport(manager, report.id);
    const document = renderReportDocument(data, {
      t: (key, values) => `${key}${values ? JSON.stringify(values) : ""}`,
      has: () => false,
      date: (value) => value.toISOString().slice(0, 10),
    });
    expect(document).toContain("Grew up in Sapporo <script>alert(1)</script>");
    expect(document).toContain("Help others grow");
    expect(document).toContain("[ ] Ask HR");
  });

  it("is refused to anyone else, exactly like a report that does not exist", async () => {
    const { report, outsiders } = await reportWithHistory();
    for (const outsider of outsiders) {
      await expect(exportReport(outsider, report.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
  });
});

describe("erasure of a report", () => {
  it("leaves no row in any table that refers to the report or anything about them", async () => {
    const { manager, report, ids } = await reportWithHistory();
    const other = await createMember(db, { workspaceId: manager.workspaceId, managerId: manager.userId, name: "Ken Ito" });
    const kept = await createConversation(db, { ...notesOf(manager, other.id), insights: [{ depth: "FACTUAL" }] });
    await exportReport(manager, report.id);
    expect(await rowsMentioning(ids)).not.toEqual([]);

    await eraseReport(manager, report.id, " Yui Sato ");

    expect(await rowsMentioning(ids)).toEqual([]);
    expect(await db.conversation.count({ where: { id: kept.id } })).toBe(1);
    expect(await db.insight.count({ where: { memberId: other.id } })).toBe(1);
  });

  it("needs the report's name typed out, and changes nothing when it is wrong", async () => {
    const { manager, report } = await reportWithHistory();
    const attempt = eraseReport(manager, report.id, "Yui");
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(attempt).rejects.toMatchObject({ field: "confirmationName", messageKey: "erasureNameMismatch" });
    expect(await db.teamMember.count({ where: { id: report.id } })).toBe(1);
    expect(await db.insight.count({ where: { memberId: report.id } })).toBe(3);
  });

  it("is refused to anyone else, exactly like a report that does not exist, and erases nothing", async () => {
    const { report, outsiders } = await reportWithHistory();
    for (const outsider of outsiders) {
      await expect(eraseReport(outsider, report.id, "Yui Sato")).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    expect(await db.conversation.count({ where: { memberId: report.id } })).toBe(2);
  });
});

describe("audit trail", () => {
  it("shows the owner exports and erasures, without names or note text, and only to the owner", async () => {
    const { manager, owner, colleague, stranger, report } = await reportWithHistory();
    await exportReport(manager, report.id);
    await eraseReport(manager, report.id, "Yui Sato");

    const { events } = await listAuditEvents(owner);
    expect(events.map((event) => event.action)).toEqual(["REPORT_ERASED", "REPORT_EXPORTED"]);
    expect(events.every((event) => event.targetId === null)).toBe(true);
    expect(JSON.stringify(events)).not.toMatch(/Yui|Sapporo|Help others/);

    for (const outsider of [manager, colleague]) {
      await expect(listAuditEvents(outsider)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    const strangerOwner = await db.user.findFirstOrThrow({ where: { workspaceId: stranger.workspaceId, role: "OWNER" } });
    const { events: theirs } = await listAuditEvents({ userId: strangerOwner.id, workspaceId: stranger.workspaceId });
    expect(theirs).toEqual([]);
  });
});
