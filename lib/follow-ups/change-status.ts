import "server-only";
import { sealOptionalNote } from "@/lib/crypto/note-cipher";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import type { FollowUpStatus } from "@/lib/generated/prisma/enums";
import { visibleFollowUps } from "@/lib/follow-ups/follow-up-scope";
import type { StatusChange } from "@/lib/follow-ups/schemas";
import type { Actor } from "@/lib/members/actor";

/**
 * Which status may follow which. Open work can start, finish or be dropped; finished or
 * dropped work can only be reopened (then it starts over as open, without its drop reason).
 */
const NEXT: Record<FollowUpStatus, readonly FollowUpStatus[]> = {
  OPEN: ["IN_PROGRESS", "DONE", "DROPPED"],
  IN_PROGRESS: ["OPEN", "DONE", "DROPPED"],
  DONE: ["OPEN"],
  DROPPED: ["OPEN"],
};

export function canChangeStatus(from: FollowUpStatus, to: FollowUpStatus): boolean {
  return NEXT[from].includes(to);
}

export type StatusChangeResult = { status: "changed" | "unchanged"; memberId: string };

/**
 * Moves a follow-up to a new status and writes the change on its history, in one transaction.
 * The update only matches the status it was read with, so two changes racing each other
 * cannot both win: the second one sees CONFLICT.
 */
export async function changeFollowUpStatus(actor: Actor, change: StatusChange, now = new Date()): Promise<StatusChangeResult> {
  return db.$transaction(async (tx) => {
    const followUp = await tx.followUp.findFirst({
      where: { id: change.followUpId, ...visibleFollowUps(actor) },
      select: { id: true, status: true, memberId: true },
    });
    if (!followUp) throw new AppError("NOT_FOUND");
    if (followUp.status === change.status) return { status: "unchanged", memberId: followUp.memberId };
    if (!canChangeStatus(followUp.status, change.status)) throw new AppError("CONFLICT", undefined, "followUpStatusNotAllowed");
    const { count } = await tx.followUp.updateMany({
      where: { id: followUp.id, workspaceId: actor.workspaceId, status: followUp.status },
      data: {
        status: change.status,
        dropReason: sealOptionalNote("FollowUp.dropReason", change.reason),
        completedAt: change.status === "DONE" ? now : null,
      },
    });
    if (count !== 1) throw new AppError("CONFLICT");
    await tx.followUpEvent.create({
      data: {
        workspaceId: actor.workspaceId,
        followUpId: followUp.id,
        managerId: actor.userId,
        kind: "STATUS_CHANGED",
        status: change.status,
        reason: sealOptionalNote("FollowUpEvent.reason", change.reason),
        createdAt: now,
      },
    });
    return { status: "changed", memberId: followUp.memberId };
  });
}
