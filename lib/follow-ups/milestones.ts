import "server-only";
import { openNote, sealNote } from "@/lib/crypto/note-cipher";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { visibleFollowUps } from "@/lib/follow-ups/follow-up-scope";
import type { Actor } from "@/lib/members/actor";

const CLOSED = ["DONE", "DROPPED"] as const;

/**
 * Marks a milestone done (or not done again) and writes it on the follow-up's history. The
 * first milestone done puts an open follow-up in progress. A closed follow-up is reopened
 * before its milestones change (CONFLICT otherwise), so its history stays readable.
 */
export async function setMilestoneDone(actor: Actor, milestoneId: string, done: boolean, now = new Date()) {
  return db.$transaction(async (tx) => {
    const milestone = await tx.milestone.findFirst({
      where: { id: milestoneId, workspaceId: actor.workspaceId, followUp: visibleFollowUps(actor) },
      select: { id: true, title: true, doneAt: true, followUp: { select: { id: true, status: true, memberId: true } } },
    });
    if (!milestone) throw new AppError("NOT_FOUND");
    const { followUp } = milestone;
    if ((CLOSED as readonly string[]).includes(followUp.status)) throw new AppError("CONFLICT", undefined, "followUpClosed");
    if ((milestone.doneAt !== null) === done) return { status: "unchanged" as const, memberId: followUp.memberId };
    const { count } = await tx.milestone.updateMany({
      where: { id: milestone.id, workspaceId: actor.workspaceId, doneAt: done ? null : { not: null } },
      data: { doneAt: done ? now : null },
    });
    if (count !== 1) throw new AppError("CONFLICT");
    const event = { workspaceId: actor.workspaceId, followUpId: followUp.id, managerId: actor.userId, createdAt: now };
    await tx.followUpEvent.create({
      data: { ...event, kind: done ? "MILESTONE_DONE" : "MILESTONE_REOPENED", milestoneTitle: sealNote("FollowUpEvent.milestoneTitle", openNote("Milestone.title", milestone.title)) },
    });
    if (done && followUp.status === "OPEN") {
      await tx.followUp.update({ where: { id: followUp.id, workspaceId: actor.workspaceId }, data: { status: "IN_PROGRESS" } });
      await tx.followUpEvent.create({ data: { ...event, kind: "STATUS_CHANGED", status: "IN_PROGRESS" } });
    }
    return { status: "changed" as const, memberId: followUp.memberId };
  });
}

/** Adds a milestone at the end of an open follow-up's list. */
export async function addMilestone(actor: Actor, input: { followUpId: string; title: string; dueDate: Date | null }) {
  return db.$transaction(async (tx) => {
    const followUp = await tx.followUp.findFirst({
      where: { id: input.followUpId, ...visibleFollowUps(actor) },
      select: { id: true, status: true, memberId: true, _count: { select: { milestones: true } } },
    });
    if (!followUp) throw new AppError("NOT_FOUND");
    if ((CLOSED as readonly string[]).includes(followUp.status)) throw new AppError("CONFLICT", undefined, "followUpClosed");
    await tx.milestone.create({
      data: {
        workspaceId: actor.workspaceId,
        followUpId: followUp.id,
        title: sealNote("Milestone.title", input.title),
        dueDate: input.dueDate,
        position: followUp._count.milestones,
      },
    });
    return { memberId: followUp.memberId };
  });
}
