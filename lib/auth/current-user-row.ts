import type { CurrentUser } from "@/lib/auth/current-user";
import type { Prisma } from "@/lib/generated/prisma/client";

/** What the session check reads of the user row. */
export const currentUserSelect = {
  id: true,
  workspaceId: true,
  role: true,
  name: true,
  email: true,
  locale: true,
  timeZone: true,
  sessionVersion: true,
  workspace: { select: { name: true } },
} satisfies Prisma.UserSelect;

/** The signed-in user as guards and data functions see them, from their row. */
export function toCurrentUser(user: Prisma.UserGetPayload<{ select: typeof currentUserSelect }>): CurrentUser {
  return {
    userId: user.id,
    workspaceId: user.workspaceId,
    role: user.role,
    name: user.name,
    email: user.email,
    locale: user.locale,
    timeZone: user.timeZone,
    workspaceName: user.workspace.name,
  };
}
