import { beforeEach, describe, expect, it } from "vitest";
import { loadTrustHistories } from "@/lib/conversations/load-trust-histories";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/members/actor";
import { createMember as addReport } from "@/lib/members/create-member";
import { cadenceDaysSchema, memberFormSchema } from "@/lib/members/schemas";
import { getMemberForEdit, updateMember } from "@/lib/members/update-member";
import { glanceAt } from "@/lib/team/glance";
import { listDueMembers } from "@/lib/team/list-due-members";
import { createConversation, createFollowUp, createMember } from "@/tests/factories";
import { createProfileActors, notesOf, scopeOf } from "@/tests/integration/profile-actors";

const DAY = 86_400_000;
const now = new Date("2026-06-15T09:00:00Z");
const today = new Date("2026-06-15T00:00:00Z");
const daysAgo = (days: number) => new Date(now.getTime() - days * DAY);

let manager: Actor;
let outsiders: Actor[];

beforeEach(async () => {
  ({ manager, outsiders } = await createProfileActors());
  // createProfileActors adds one report, never talked with; most tests want a team of their own.
  await db.teamMember.updateMany({ where: scopeOf(manager), data: { archivedAt: daysAgo(1) } });
});

async function report(name: string, cadenceDays: number, lastTalkedDaysAgo: number | null) {
  const member = await createMember(db, { ...scopeOf(manager), name, cadenceDays });
  if (lastTalkedDaysAgo !== null) {
    await createConversation(db, { ...notesOf(manager, member.id), occurredAt: daysAgo(lastTalkedDaysAgo) });
  }
  return member;
}

const dueNames = async (actor: Actor = manager, limit = 50) =>
  (await listDueMembers(actor, { today, limit, locale: "en" })).members.map((member) => member.name);

describe("who to talk with next", () => {
  it("lists the due reports, most overdue relative to their cadence first, those never talked with leading", async () => {
    await report("Weekly, 10 days ago", 7, 10); // 1.43
    await report("Fortnightly, 42 days ago", 14, 42); // 3
    await report("Monthly, 40 days ago", 30, 40); // 1.33
    await report("Fortnightly, 3 days ago", 14, 3); // not due
    await report("Never talked", 14, null);
    await report("Due today", 21, 21); // 1

    expect(await dueNames()).toEqual([
      "Never talked",
      "Fortnightly, 42 days ago",
      "Weekly, 10 days ago",
      "Monthly, 40 days ago",
      "Due today",
    ]);
    const { members, total } = await listDueMembers(manager, { today, limit: 2, locale: "en" });
    expect(total).toBe(5);
    expect(members.map((member) => member.status)).toEqual([{ kind: "never" }, { kind: "overdue", days: 28 }]);
  });

  it("counts calendar days, so a tie in overdue ratio goes to more open follow-ups, then to the name", async () => {
    // Three conversations on the same date, at different hours.
    const quiet = await report("Ann", 14, 20);
    const busy = await report("Zoe", 14, 20.3);
    const also = await report("Bea", 14, 20.1);
    await createFollowUp(db, { ...notesOf(manager, busy.id), status: "OPEN" });
    await createFollowUp(db, { ...notesOf(manager, busy.id), status: "IN_PROGRESS" });
    await createFollowUp(db, { ...notesOf(manager, also.id), status: "OPEN" });
    // Closed follow-ups and those of another manager do not count.
    await createFollowUp(db, { ...notesOf(manager, quiet.id), status: "DONE" });
    await createFollowUp(db, { ...notesOf(manager, quiet.id), status: "DROPPED" });

    expect(await dueNames()).toEqual(["Zoe", "Bea", "Ann"]);
    const { members } = await listDueMembers(manager, { today, limit: 5, locale: "en" });
    expect(members.map((member) => member.openFollowUps)).toEqual([2, 1, 0]);
  });

  it("sorts names in a tie by the user's language", async () => {
    await report("Émile", 14, null);
    await report("Eva", 14, null);
    await report("Zack", 14, null);
    expect(await dueNames()).toEqual(["Émile", "Eva", "Zack"]);
  });

  it("restarts the count with any new conversation, and ignores deleted ones and those not yet held", async () => {
    const member = await report("Mio", 14, 30);
    expect(await dueNames()).toEqual(["Mio"]);

    const latest = await createConversation(db, { ...notesOf(manager, member.id), occurredAt: daysAgo(2) });
    expect(await dueNames()).toEqual([]);

    await db.conversation.update({ where: { id: latest.id }, data: { deletedAt: daysAgo(1) } });
    expect(await dueNames()).toEqual(["Mio"]);

    // Dated tomorrow: not held yet.
    const ahead = await createConversation(db, { ...notesOf(manager, member.id), occurredAt: new Date("2026-06-16T12:00:00Z") });
    expect(await dueNames()).toEqual(["Mio"]);

    // Logged for today (stored at noon UTC, still hours ahead of `now`): it counts at once.
    await db.conversation.update({ where: { id: ahead.id }, data: { occurredAt: new Date("2026-06-15T12:00:00Z") } });
    expect(await dueNames()).toEqual([]);
  });

  it("leaves out archived reports and conversations another manager logged", async () => {
    const archived = await report("Archived", 7, 60);
    await db.teamMember.update({ where: { id: archived.id }, data: { archivedAt: daysAgo(1) } });
    const member = await report("Shared report", 14, 40);
    // Another manager's conversation with the same report does not reset this manager's count.
    await createConversation(db, { ...notesOf(outsiders[0] as Actor, member.id), occurredAt: daysAgo(1) });
    expect(await dueNames()).toEqual(["Shared report"]);
  });

  it("shows nothing of a manager's team to another manager, the workspace owner or another workspace", async () => {
    const member = await report("Private", 7, 30);
    await createFollowUp(db, { ...notesOf(manager, member.id), status: "OPEN" });
    for (const outsider of outsiders) {
      expect(await dueNames(outsider)).toEqual([]);
      expect((await listDueMembers(outsider, { today, limit: 5, locale: "en" })).total).toBe(0);
    }
  });

  it("suggests a depth and shows a trust trend from the manager's own notes only", async () => {
    const member = await report("Sora", 14, 30);
    await createConversation(db, { ...notesOf(manager, member.id), occurredAt: daysAgo(20), openness: 5, insights: [{ depth: "FACTUAL" }] });
    const mine = glanceAt(await loadTrustHistories(manager, [member.id]), [member.id], now).get(member.id);
    expect(mine?.trend.basedOn).toBe(2);
    for (const outsider of outsiders) {
      const theirs = glanceAt(await loadTrustHistories(outsider, [member.id]), [member.id], now).get(member.id);
      expect(theirs).toEqual({ suggestedDepth: "FACTUAL", trend: { score: null, direction: "unknown", change: null, basedOn: 0 } });
    }
  });

  it("loads each conversation once, oldest first, with the distinct depths of its undeleted insights", async () => {
    const member = await report("Mio", 14, null);
    const first = await createConversation(db, {
      ...notesOf(manager, member.id),
      occurredAt: daysAgo(40),
      openness: 3,
      insights: [{ depth: "FACTUAL" }, { depth: "FACTUAL" }, { depth: "CAUSATIVE" }],
    });
    await createConversation(db, { ...notesOf(manager, member.id), occurredAt: daysAgo(10), openness: 5, volunteered: true, pulledBackAt: "VALUES", insights: [] });
    const deleted = await createConversation(db, { ...notesOf(manager, member.id), occurredAt: daysAgo(5), insights: [{ depth: "VALUES" }] });
    await db.conversation.update({ where: { id: deleted.id }, data: { deletedAt: daysAgo(1) } });
    await db.insight.updateMany({ where: { conversationId: first.id, depth: "CAUSATIVE" }, data: { deletedAt: daysAgo(1) } });

    const history = (await loadTrustHistories(manager, [member.id, "not-a-report"])).get(member.id);
    expect(history).toEqual([
      { occurredAt: daysAgo(40), openness: 3, volunteered: false, pulledBackAt: null, depthsShared: ["FACTUAL"] },
      { occurredAt: daysAgo(10), openness: 5, volunteered: true, pulledBackAt: "VALUES", depthsShared: [] },
    ]);
    expect(history?.[0]?.occurredAt).toBeInstanceOf(Date);
    for (const outsider of outsiders) expect((await loadTrustHistories(outsider, [member.id])).get(member.id)).toEqual([]);
  });

  it("changing the cadence changes who is due", async () => {
    const member = await report("Kenji", 30, 20);
    expect(await dueNames()).toEqual([]);
    await updateMember(manager, member.id, { ...memberFormSchema.parse({ name: "Kenji", cadenceDays: "7" }) });
    expect(await getMemberForEdit(manager, member.id)).toMatchObject({ cadenceDays: 7 });
    expect((await listDueMembers(manager, { today, limit: 5, locale: "en" })).members[0]?.status).toEqual({ kind: "overdue", days: 13 });

    for (const outsider of outsiders) {
      await expect(updateMember(outsider, member.id, memberFormSchema.parse({ name: "X", cadenceDays: "90" }))).rejects.toMatchObject({
        code: "NOT_FOUND",
      });
    }
    expect(await getMemberForEdit(manager, member.id)).toMatchObject({ name: "Kenji", cadenceDays: 7 });
  });
});

describe("a report's cadence", () => {
  it("is a whole number of days from 1 to 365", () => {
    const error = (value: unknown) => cadenceDaysSchema.safeParse(value).error?.issues.map((issue) => issue.message);
    for (const bad of ["0", "366", "1.5", "-7", "two weeks", "", null, 0, 400]) expect(error(bad)).toEqual(["cadenceRange"]);
    expect(cadenceDaysSchema.parse(" 45 ")).toBe(45);
    expect(cadenceDaysSchema.parse(1)).toBe(1);
    expect(cadenceDaysSchema.parse("365")).toBe(365);
  });

  it("is set when a report is added, every two weeks unless chosen", async () => {
    const weekly = await addReport(manager, memberFormSchema.parse({ name: "Weekly", cadenceDays: "7" }));
    const plain = await addReport(manager, { name: "Plain", jobTitle: null, team: null, startDate: null });
    expect(await getMemberForEdit(manager, weekly.id)).toMatchObject({ cadenceDays: 7 });
    expect(await getMemberForEdit(manager, plain.id)).toMatchObject({ cadenceDays: 14 });
  });

  it("is required by the forms, and an edit that leaves it out keeps it", async () => {
    expect(memberFormSchema.safeParse({ name: "Hana" }).error?.issues.map((issue) => issue.path.join("."))).toEqual(["cadenceDays"]);
    const member = await report("Hana", 42, null);
    await updateMember(manager, member.id, { name: "Hana", jobTitle: null, team: null, startDate: null });
    expect(await getMemberForEdit(manager, member.id)).toMatchObject({ cadenceDays: 42 });
  });
});
