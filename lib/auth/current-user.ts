import "server-only";
import { getServerSession } from "next-auth";
import { cookies } from "next/headers";
import { cache } from "react";
import { currentUserSelect, toCurrentUser } from "@/lib/auth/current-user-row";
import { authOptions } from "@/lib/auth/options";
import { db } from "@/lib/db";

/** The signed-in user as every guard and data function sees them: who, and in which workspace. */
export type CurrentUser = {
  userId: string;
  workspaceId: string;
  role: "OWNER" | "MANAGER";
  name: string;
  email: string;
  locale: string;
  timeZone: string;
  workspaceName: string;
};

/** Once per request: the session cookie checked against the user row, or null. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  // No session cookie, no session: skip decoding and the database. Reading cookies first also
  // marks the page as per-request, so `next build` never tries to render it ahead of time.
  const cookieNames = (await cookies()).getAll().map(({ name }) => name);
  if (!cookieNames.some((name) => name.includes("next-auth.session-token"))) return null;
  const session = await getServerSession(authOptions);
  if (!session?.userId) return null;
  const user = await db.user.findUnique({ where: { id: session.userId }, select: currentUserSelect });
  if (!user || user.sessionVersion !== session.sessionVersion) return null;
  return toCurrentUser(user);
});
