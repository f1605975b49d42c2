import { describe, expect, it } from "vitest";
import { attemptSignIn } from "@/lib/auth/sign-in-attempt";
import { throttleSignUp } from "@/lib/auth/sign-up-throttle";
import { FREE_FAILURES, recordFailure, secondsUntilAllowed, throttleSubjects } from "@/lib/auth/throttle";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { createWorkspaceWithOwner } from "../factories";

const ADDRESS = "203.0.113.7";

async function failSignIn(email: string, times: number, address = ADDRESS) {
  for (let i = 0; i < times; i += 1) {
    expect(await attemptSignIn({ email, password: `wrong password ${i}` }, address)).toBeNull();
  }
}

/** Moves every block into the past, as if the manager had waited. */
async function waitOutBlocks() {
  await db.authThrottle.updateMany({ data: { blockedUntil: new Date(Date.now() - 1000) } });
}

describe("sign-in throttling", () => {
  it("blocks an account after five wrong passwords, even for the right one, and for longer each time", async () => {
    const { user, password } = await createWorkspaceWithOwner(db);
    await failSignIn(user.email, FREE_FAILURES.account);

    const blocked = attemptSignIn({ email: user.email, password }, ADDRESS);
    await expect(blocked).rejects.toThrow(/^TooManyAttempts:\d+$/);
    const firstWait = await secondsUntilAllowed(throttleSubjects("sign-in", user.email, ADDRESS));
    expect(firstWait).toBeGreaterThan(0);
    expect(firstWait).toBeLessThanOrEqual(60);

    await waitOutBlocks();
    await failSignIn(user.email, 1);
    const secondWait = await secondsUntilAllowed(throttleSubjects("sign-in", user.email, ADDRESS));
    expect(secondWait).toBeGreaterThan(firstWait);

    await waitOutBlocks();
    expect(await attemptSignIn({ email: user.email.toUpperCase(), password }, ADDRESS)).toMatchObject({ id: user.id });
    // A success forgets the account's failures: the next mistake is free again.
    await failSignIn(user.email, 1);
    expect(await attemptSignIn({ email: user.email, password }, ADDRESS)).toMatchObject({ id: user.id });
  });

  it("blocks an address that tries many accounts, without blocking those accounts elsewhere", async () => {
    const { user, password } = await createWorkspaceWithOwner(db);
    for (let i = 0; i < FREE_FAILURES.address; i += 1) await failSignIn(`guess-${i}@example.test`, 1);

    await expect(attemptSignIn({ email: user.email, password }, ADDRESS)).rejects.toThrow(/TooManyAttempts/);
    expect(await attemptSignIn({ email: user.email, password }, "198.51.100.4")).toMatchObject({ id: user.id });
  });

  it("counts every failure when app instances record them at the same moment", async () => {
    const subjects = throttleSubjects("sign-in", "race@example.test", ADDRESS);
    await Promise.all(Array.from({ length: 12 }, () => recordFailure(subjects)));
    const rows = await db.authThrottle.findMany({ select: { failures: true } });
    expect(rows.map((row) => row.failures)).toEqual([12, 12]);
    // The stored key names no email: only a hash of it.
    expect(JSON.stringify(await db.authThrottle.findMany())).not.toContain("race@example.test");
  });
});

describe("sign-up throttling", () => {
  it("refuses more sign-ups for one email after the allowance, and nothing is created then", async () => {
    let created = 0;
    const create = async () => {
      created += 1;
      return created;
    };
    for (let i = 0; i < FREE_FAILURES.account; i += 1) await throttleSignUp("new@example.test", ADDRESS, create);
    const refused = throttleSignUp("new@example.test", ADDRESS, create);
    await expect(refused).rejects.toBeInstanceOf(AppError);
    await expect(refused).rejects.toMatchObject({ code: "TOO_MANY_ATTEMPTS" });
    expect(created).toBe(FREE_FAILURES.account);
  });
});
