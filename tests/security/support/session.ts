import type { CurrentUser } from "@/lib/auth/current-user";
import { currentUserSelect, toCurrentUser } from "@/lib/auth/current-user-row";
import { db } from "@/lib/db";

// Stands in for `@/lib/auth/current-user` in the security tests: the session cookie is the only
// thing faked; who the user is comes from their real row, exactly as the real lookup builds it.
export type { CurrentUser };

let current: CurrentUser | null = null;

export async function getCurrentUser(): Promise<CurrentUser | null> {
  return current;
}

/** Everything after this call runs as `user` (null: nobody is signed in). */
export function actAs(user: CurrentUser | null): void {
  current = user;
}

export function currentLocale(): string {
  return current?.locale ?? "en";
}

export function currentTimeZone(): string {
  return current?.timeZone ?? "UTC";
}

/** The signed-in user of a real row, as `getCurrentUser` returns it. */
export async function sessionFor(userId: string): Promise<CurrentUser> {
  return toCurrentUser(await db.user.findUniqueOrThrow({ where: { id: userId }, select: currentUserSelect }));
}
