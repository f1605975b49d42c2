import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/members/actor";
import { writtenByActorAbout } from "@/lib/profile/visible-notes";

/**
 * The access rule of every follow-up query: follow-ups are notes about a report, so only their
 * author sees them, and only while the report is still theirs (not even the workspace owner).
 */
export function visibleFollowUps(actor: Actor, memberId?: string) {
  return writtenByActorAbout(actor, memberId) satisfies Prisma.FollowUpWhereInput;
}
