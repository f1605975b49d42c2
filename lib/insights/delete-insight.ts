import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { type Actor, ownReports } from "@/lib/members/actor";
import { restorableSince } from "@/lib/profile/trash-retention";
import { visibleInsights } from "@/lib/profile/visible-notes";

/** Moves one insight to the trash; NOT_FOUND if the actor cannot see it (or it is already gone). */
export async function deleteInsight(actor: Actor, insightId: string, now = new Date()) {
  return db.$transaction(async (tx) => {
    const insight = await tx.insight.findFirst({
      where: { id: insightId, ...visibleInsights(actor) },
      select: { id: true, memberId: true },
    });
    if (!insight) throw new AppError("NOT_FOUND");
    // `deletedAt: null` again: of two deletes at the same moment, the second finds nothing.
    const { count } = await tx.insight.updateMany({ where: { id: insight.id, deletedAt: null }, data: { deletedAt: now } });
    if (count === 0) throw new AppError("NOT_FOUND");
    return { id: insight.id, memberId: insight.memberId, deletedAt: now };
  });
}

/**
 * Brings an insight back from the trash. An insight deleted with its conversation comes back
 * only with it (`restoreConversation`), so it is NOT_FOUND here.
 */
export async function restoreInsight(actor: Actor, insightId: string, now = new Date()) {
  return db.$transaction(async (tx) => {
    const insight = await tx.insight.findFirst({
      where: {
        id: insightId,
        ...ownReports(actor),
        member: ownReports(actor),
        deletedAt: { gte: restorableSince(now) },
        OR: [{ conversationId: null }, { conversation: { deletedAt: null } }],
      },
      select: { id: true, memberId: true, deletedAt: true },
    });
    if (!insight?.deletedAt) throw new AppError("NOT_FOUND");
    const { count } = await tx.insight.updateMany({
      where: { id: insight.id, deletedAt: insight.deletedAt },
      data: { deletedAt: null },
    });
    if (count === 0) throw new AppError("NOT_FOUND");
    return { id: insight.id, memberId: insight.memberId };
  });
}
