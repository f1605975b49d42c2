import type { CurrentUser } from "@/lib/auth/current-user";

/** Who is asking, as every data function takes it. */
export type Actor = Pick<CurrentUser, "userId" | "workspaceId">;

/** The rule for a report and everything about it: the actor's workspace, and the actor manages them. */
export function ownReports(actor: Actor) {
  return { workspaceId: actor.workspaceId, managerId: actor.userId };
}

/** The rule for notes: the actor's workspace, and the actor wrote them. */
export function ownNotes(actor: Actor) {
  return { workspaceId: actor.workspaceId, managerId: actor.userId, deletedAt: null };
}
