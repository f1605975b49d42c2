import { beforeEach, describe, expect, it, vi } from "vitest";
import { regenerateCalendarToken } from "@/lib/calendar/feed-token";
import { ENTRY_POINTS, type EntryPoint, entryKey } from "./entry-points";
import { changedTables, databaseDigest } from "./support/database-digest";
import { type Answer, callEntry, legitimateCaller, outsidersFor, victimTraces } from "./support/drive";
import { createSecurityFixture, type SecurityFixture } from "./support/fixture";

// Only the session lookup and what needs a Next request are stubbed; the database is real.
vi.mock("@/lib/auth/current-user", () => import("./support/session"));
vi.mock("next-intl/server", () => import("./support/next-intl-server"));
vi.mock("next/cache", async () => (await import("./support/next-request")).nextCache);
vi.mock("next/headers", async () => (await import("./support/next-request")).nextHeaders);
vi.mock("next/navigation", async () => (await import("./support/next-request")).nextNavigation);

/**
 * Issue #6, part 1: for every entry point that names someone's object, each outsider is refused
 * with exactly the answer a missing id gets — so the refusal says nothing about whether the
 * object exists — no trace of the victim's data comes back, and no table changes.
 */
let f: SecurityFixture;
beforeEach(async () => {
  f = await createSecurityFixture();
});

const driven = ENTRY_POINTS.filter((entry) => !(entry.kind === "route" && entry.excluded));
const objectRules = new Set(["report-manager", "note-author", "question-author-or-owner", "owner"]);
const namingObjects = driven.filter((entry) => objectRules.has(entry.rule));

describe.each(namingObjects.map((entry) => [entryKey(entry), entry] as const))("%s", (_key, entry: EntryPoint) => {
  const target = entry.target!;

  it(`refuses everyone but the ${entry.rule} exactly like a missing id, returning nothing and changing nothing`, async () => {
    for (const [who, outsider] of outsidersFor(entry, f)) {
      const before = await databaseDigest();
      const missing = await callEntry(entry, outsider, target.missing(f));
      const attempt = await callEntry(entry, outsider, target.valid(f));
      expect(attempt.ok, `${who} was let in`).toBe(false);
      expect(attempt, `${who} got another answer than for a missing id`).toEqual(missing);
      expect(victimTraces(attempt, f), `${who} got the victim's data`).toEqual([]);
      expect(changedTables(before, await databaseDigest()), `${who} changed the database`).toEqual([]);
    }
  });

  it(`lets the ${entry.rule} in with the same input (so the refusals above are about who asks)`, async () => {
    const answer = await callEntry(entry, legitimateCaller(entry, f), target.valid(f));
    expect(answer, JSON.stringify(answer).slice(0, 500)).toMatchObject({ ok: true });
  });
});

describe("linking one's own report to someone else's object", () => {
  const linking = driven.filter((entry) => entry.kind === "action" && entry.linking);
  /** Two answers alike but for the ids of rows each call created. */
  const withoutNewIds = (answer: Answer) => JSON.parse(JSON.stringify(answer).replace(/"c[a-z0-9]{20,30}"/g, '"<id>"')) as unknown;

  it.each(linking.map((entry) => [entryKey(entry), entry] as const))("%s treats the other's object like a missing one, touching nothing of theirs", async (_key, entry) => {
    if (entry.kind !== "action" || !entry.linking) throw new Error("not a linking entry");
    const victimRows = [f.people.victim.userId, ...f.victimIds];
    for (const outsider of [f.people.colleague, f.people.stranger]) {
      const ownReport = f.ownReports[outsider.userId]!;
      const before = await databaseDigest(victimRows);
      const missing = await callEntry(entry, outsider, entry.linking(f, ownReport, "missing"));
      const attempt = await callEntry(entry, outsider, entry.linking(f, ownReport, "victim"));
      expect(withoutNewIds(attempt)).toEqual(withoutNewIds(missing));
      expect(victimTraces(attempt, f)).toEqual([]);
      expect(changedTables(before, await databaseDigest(victimRows)), "the victim's rows changed").toEqual([]);
    }
  });
});

describe("entry points that act on the caller's own account", () => {
  const signedIn = driven.filter((entry) => entry.rule === "self" && entry.caller !== "public");
  it.each(signedIn.map((entry) => [entryKey(entry), entry] as const))("%s refuses nobody signed in, changing nothing", async (_key, entry) => {
    const before = await databaseDigest();
    const answer = await callEntry(entry, null, entry.kind === "action" ? entry.baseline(f) : entry.baseline?.(f));
    expect(answer.ok).toBe(false);
    // A route answers like a page that does not exist; an action says the session has ended.
    expect(answer).toMatchObject(entry.kind === "route" ? { status: 404 } : { result: { formError: "Your session has ended. Please sign in again." } });
    expect(changedTables(before, await databaseDigest())).toEqual([]);
  });

  const ownerOnly = driven.filter((entry) => entry.caller === "owner");
  it.each(ownerOnly.map((entry) => [entryKey(entry), entry] as const))("%s refuses managers, changing nothing", async (_key, entry) => {
    for (const manager of [f.people.victim, f.people.colleague, f.people.stranger]) {
      const before = await databaseDigest();
      const answer = await callEntry(entry, manager, entry.kind === "action" ? entry.baseline(f) : entry.baseline?.(f));
      expect(answer).toMatchObject(
        entry.kind === "route" ? { ok: false, status: 404 } : { ok: false, result: { formError: "You are not allowed to do this." } },
      );
      expect(changedTables(before, await databaseDigest())).toEqual([]);
    }
  });
});

describe("entry points opened by a secret instead of a session", () => {
  const byToken = driven.filter((entry) => entry.rule === "token");
  it.each(byToken.map((entry) => [entryKey(entry), entry] as const))("%s refuses a made-up secret, revealing and changing nothing", async (_key, entry) => {
    for (const as of [null, f.people.stranger, f.people.owner]) {
      const before = await databaseDigest();
      const answer = await callEntry(entry, as, entry.target!.missing(f));
      expect(answer.ok).toBe(false);
      expect(victimTraces(answer, f)).toEqual([]);
      expect(changedTables(before, await databaseDigest())).toEqual([]);
    }
    expect(await callEntry(entry, null, entry.target!.valid(f))).toMatchObject({ ok: true });
  });

  it("answers a replaced calendar secret exactly like one that never existed", async () => {
    const feed = ENTRY_POINTS.find((entry) => entry.file === "app/api/calendar/[token]/route.ts")!;
    const old = feed.target!.valid(f);
    await regenerateCalendarToken(f.people.victim);
    const replaced = await callEntry(feed, null, old);
    expect(replaced).toEqual(await callEntry(feed, null, feed.target!.missing(f)));
    expect(victimTraces(replaced, f)).toEqual([]);
  });

  it("gives every other manager's own feed nothing of the victim's", async () => {
    const feed = ENTRY_POINTS.find((entry) => entry.file === "app/api/calendar/[token]/route.ts")!;
    for (const other of [f.people.owner, f.people.colleague, f.people.stranger]) {
      const { token } = await regenerateCalendarToken(other);
      const answer = await callEntry(feed, null, { url: `/api/calendar/${token}.ics`, params: { token: `${token}.ics` } });
      expect(answer.ok).toBe(true);
      expect(victimTraces(answer, f)).toEqual([]);
    }
  });
});
