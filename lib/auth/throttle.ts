import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";

/**
 * Throttling of sign-in and sign-up, counted in Postgres so it holds across app instances.
 * A few failures are free; after that each failure blocks the account (or the network address)
 * for twice as long as the one before, up to an hour. A success clears the account's count.
 */

/** Failures are counted within this window; an older count starts again from zero. */
export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
/** The first block lasts this long, and doubles with each further failure. */
export const FIRST_BLOCK_MS = 30 * 1000;
export const LONGEST_BLOCK_MS = 60 * 60 * 1000;

/** Failures before the first block: an address is shared by a whole office, an account is not. */
export const FREE_FAILURES = { account: 5, address: 20 } as const;

export type ThrottleScope = "sign-in" | "sign-up";
export type ThrottleSubject = { kind: keyof typeof FREE_FAILURES; key: string };

/** The subjects of one attempt: the account (by a hash of its email) and, when known, the address. */
export function throttleSubjects(scope: ThrottleScope, email: string, address: string | null): ThrottleSubject[] {
  const emailHash = createHash("sha256").update(email.trim().toLowerCase()).digest("hex");
  const subjects: ThrottleSubject[] = [{ kind: "account", key: `${scope}:account:${emailHash}` }];
  if (address) subjects.push({ kind: "address", key: `${scope}:address:${address}` });
  return subjects;
}

/** Seconds until every subject may try again; 0 when none is blocked. */
export async function secondsUntilAllowed(subjects: ThrottleSubject[], now = new Date()): Promise<number> {
  const blocked = await db.authThrottle.findMany({
    where: { key: { in: subjects.map((subject) => subject.key) }, blockedUntil: { gt: now } },
    select: { blockedUntil: true },
  });
  const latest = Math.max(0, ...blocked.map((row) => row.blockedUntil?.getTime() ?? 0));
  return latest > now.getTime() ? Math.ceil((latest - now.getTime()) / 1000) : 0;
}

/** Counts one failure against each subject, atomically, and blocks those past their allowance. */
export async function recordFailure(subjects: ThrottleSubject[], now = new Date()): Promise<void> {
  const windowStart = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  for (const subject of subjects) {
    // One statement, so two instances counting at once cannot lose a failure.
    const [row] = await db.$queryRaw<{ failures: number }[]>`
      INSERT INTO "AuthThrottle" ("key", "failures", "windowStartedAt", "updatedAt")
      VALUES (${subject.key}, 1, ${now}, ${now})
      ON CONFLICT ("key") DO UPDATE SET
        "failures" = CASE WHEN "AuthThrottle"."windowStartedAt" < ${windowStart} THEN 1 ELSE "AuthThrottle"."failures" + 1 END,
        "windowStartedAt" = CASE WHEN "AuthThrottle"."windowStartedAt" < ${windowStart} THEN ${now} ELSE "AuthThrottle"."windowStartedAt" END,
        "updatedAt" = ${now}
      RETURNING "failures"`;
    const beyond = (row?.failures ?? 0) - FREE_FAILURES[subject.kind];
    if (beyond >= 0) {
      const blockMs = Math.min(FIRST_BLOCK_MS * 2 ** beyond, LONGEST_BLOCK_MS);
      await db.authThrottle.update({ where: { key: subject.key }, data: { blockedUntil: new Date(now.getTime() + blockMs) } });
    }
  }
}

/** Forgets the failures of an account after it signed in. */
export async function clearFailures(subjects: ThrottleSubject[]): Promise<void> {
  const accounts = subjects.filter((subject) => subject.kind === "account").map((subject) => subject.key);
  await db.authThrottle.deleteMany({ where: { key: { in: accounts } } });
}

/**
 * The client's address as the nearest proxy saw it: the last entry of X-Forwarded-For, which
 * a client cannot forge when a proxy (or Next's own server) appends to the header.
 */
export function clientAddress(forwardedFor: string | null | undefined): string | null {
  const last = forwardedFor?.split(",").at(-1)?.trim();
  // Only what an IPv4 or IPv6 address is made of: the header is the client's to forge.
  return last && /^[0-9A-Fa-f.:]{2,45}$/.test(last) ? last : null;
}
