import fc from "fast-check";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { attemptSignIn } from "@/lib/auth/sign-in-attempt";
import { TOO_MANY_ATTEMPTS } from "@/lib/auth/throttle-error";
import { TEST_PASSWORD } from "@/tests/factories";
import { ENTRY_POINTS, type EntryPoint, entryKey, type RouteCall } from "./entry-points";
import { db } from "@/lib/db";
import { changedTables, databaseDigest } from "./support/database-digest";
import { type Answer, callEntry, legitimateCaller } from "./support/drive";
import { createSecurityFixture, type SecurityFixture } from "./support/fixture";
import { hostileString, hostileValue, hostileWholeInput } from "./support/hostile-values";

// Only the session lookup and what needs a Next request are stubbed; the database is real.
vi.mock("@/lib/auth/current-user", () => import("./support/session"));
vi.mock("next-intl/server", () => import("./support/next-intl-server"));
vi.mock("next/cache", async () => (await import("./support/next-request")).nextCache);
vi.mock("next/headers", async () => (await import("./support/next-request")).nextHeaders);
vi.mock("next/navigation", async () => (await import("./support/next-request")).nextNavigation);

/**
 * Issue #6, part 6: every entry point, sent generated hostile input by the legitimate owner of
 * the objects it names: never an exception (a 500), always a translated message or a legitimate
 * success, never raw database text, and a refused call leaves every table as it was.
 */
const RUNS = 25;
const RAW_ERROR = /prisma|postgres|pglite|sql|syntax|byte sequence|violates|constraint|invocation|stack|Error:|undefined|\[object/i;
const UNEXPECTED = ["Something went wrong. Nothing was saved — please try again.", "問題が発生しました"];
/** Tables a refused call may still write on purpose: the sign-up throttle counts attempts. */
const WRITES_WHEN_REFUSED: Record<string, string[]> = { "app/(auth)/actions.ts#signUpAction": ["AuthThrottle"] };

let f: SecurityFixture;
beforeEach(async () => {
  f = await createSecurityFixture();
});

function messagesOf(answer: Answer): string[] {
  if (answer.kind === "route") return [];
  const result = answer.result as { ok: boolean; fieldErrors?: Record<string, unknown>; formError?: unknown };
  if (result.ok) return [];
  expect(result.fieldErrors, "fieldErrors is an object").toBeTypeOf("object");
  const fieldMessages = Object.values(result.fieldErrors ?? {}).flatMap((messages) => {
    expect(Array.isArray(messages), "each field has a list of messages").toBe(true);
    return messages as unknown[];
  });
  if (result.formError !== null) fieldMessages.push(result.formError);
  return fieldMessages as string[];
}

function checkAnswer(key: string, answer: Answer) {
  if (answer.kind === "route") {
    expect(answer.status, `${key} answered ${answer.status}`).toBeLessThan(500);
    if (!answer.ok) expect(answer.body).not.toMatch(RAW_ERROR);
    return;
  }
  const messages = messagesOf(answer);
  if (answer.ok) return;
  expect(messages.length, "a refusal says why").toBeGreaterThan(0);
  for (const message of messages) {
    expect(message).toBeTypeOf("string");
    expect(message.trim().length).toBeGreaterThan(0);
    for (const catchAll of UNEXPECTED) expect(message, "a clear message, not the catch-all").not.toContain(catchAll);
    expect(message).not.toMatch(RAW_ERROR);
    expect(message, "a translated sentence, not a message key").toMatch(/[\s。、]/);
  }
}

function inputs(entry: EntryPoint, fixture: SecurityFixture) {
  const other = hostileValue(fixture.otherTenantIds);
  if (entry.kind === "action") {
    const baseline = entry.baseline(fixture);
    const fields = Object.keys(baseline);
    const mutated = fc
      .record({
        keys: fields.length > 0 ? fc.subarray(fields, { minLength: 1 }) : fc.constant([] as string[]),
        values: fc.array(other, { minLength: fields.length, maxLength: fields.length }),
        extra: fc.option(fc.tuple(fc.constantFrom("workspaceId", "managerId", "role", "__proto__", "id"), other), { nil: null }),
      })
      .map(({ keys, values, extra }) => {
        const input: Record<string, unknown> = { ...entry.baseline(fixture) };
        keys.forEach((key, index) => (input[key] = values[index]));
        if (extra) input[extra[0]] = extra[1];
        return input as unknown;
      });
    // Forms post FormData: every value arrives as a string (or a file), keys flattened.
    const asForm = mutated.map((input) => {
      const form = new FormData();
      for (const [key, value] of Object.entries(input as Record<string, unknown>)) {
        if (value !== undefined) form.append(key, asParam(value));
      }
      return form as unknown;
    });
    return fc.oneof({ weight: 4, arbitrary: mutated }, { weight: 1, arbitrary: asForm }, { weight: 1, arbitrary: hostileWholeInput });
  }
  const baseline = entry.baseline!(fixture);
  const names = Object.keys(baseline.params);
  const text = fc.oneof(other, fc.constantFrom(...fixture.victimIds)).map(asParam);
  return fc
    .record({ values: fc.array(text, { minLength: names.length, maxLength: names.length }), query: fc.option(text, { nil: null }) })
    .map(({ values, query }): RouteCall => {
      const params = Object.fromEntries(names.map((name, index) => [name, values[index]!]));
      const url = new URL(baseline.url, "http://localhost:3000");
      if (query !== null) url.searchParams.set("format", query);
      return { url: url.pathname + url.search, params };
    });
}

/** Next passes path segments as strings: whatever a value is, the string it would arrive as. */
function asParam(value: unknown): string {
  if (typeof value === "string") return value;
  try {
    return String(value);
  } catch {
    return "[object]";
  }
}

const driven = ENTRY_POINTS.filter((entry) => !(entry.kind === "route" && entry.excluded));

describe.each(driven.map((entry) => [entryKey(entry), entry] as const))("%s", (key, entry: EntryPoint) => {
  it(`answers ${RUNS} hostile inputs with a clear message or a whole success, never a crash or a partial write`, async () => {
    const caller = legitimateCaller(entry, f);
    const allowed = WRITES_WHEN_REFUSED[key] ?? [];
    await fc.assert(
      // Half the runs in Japanese: every message exists in both languages.
      fc.asyncProperty(inputs(entry, f), fc.constantFrom("en", "ja"), async (input, locale) => {
        const before = await databaseDigest();
        const answer = await callEntry(entry, caller && { ...caller, locale }, input);
        checkAnswer(key, answer);
        if (!answer.ok) {
          const changed = changedTables(before, await databaseDigest()).filter((table) => !allowed.includes(table));
          expect(changed, "a refused call wrote to the database").toEqual([]);
        }
      }),
      { numRuns: RUNS },
    );
  });
});

describe("app/api/auth/[...nextauth]/route.ts (next-auth's handler; the app's own part is the credentials check)", () => {
  it(`answers ${RUNS} hostile sign-ins with a refusal or the throttle, never a crash, writing only the throttle and audit trail`, async () => {
    const email = (await db.user.findUniqueOrThrow({ where: { id: f.people.victim.userId } })).email;
    const credentials = fc.oneof(
      fc.record({ email: fc.oneof(fc.constant(email), hostileValue(f.otherTenantIds)), password: fc.oneof(fc.constant(TEST_PASSWORD), hostileValue(f.otherTenantIds)) }),
      hostileWholeInput,
    );
    await fc.assert(
      fc.asyncProperty(credentials, fc.option(hostileString, { nil: null }), async (input, forwardedFor) => {
        const before = await databaseDigest();
        const outcome = await attemptSignIn(input, forwardedFor).then(
          (user) => ({ user }),
          (error: unknown) => ({ error }),
        );
        if ("error" in outcome) expect(String(outcome.error)).toMatch(new RegExp(`^Error: ${TOO_MANY_ATTEMPTS}:\\d+$`));
        else if (outcome.user) expect(outcome.user.id).toBe(f.people.victim.userId);
        const changed = changedTables(before, await databaseDigest()).filter((table) => !["AuthThrottle", "AuditEvent"].includes(table));
        expect(changed).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});
