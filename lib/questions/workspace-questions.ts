import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import type { Actor } from "@/lib/members/actor";
import type { QuestionInput } from "@/lib/questions/schemas";

/** Who may archive: the manager who added the question, or the workspace owner. */
export type QuestionActor = Actor & { role: "OWNER" | "MANAGER" };

/**
 * A workspace's own questions are shared by its managers (they are prompts, not notes about
 * anyone): every manager of the workspace sees and suggests them; no other workspace ever does.
 */
export async function listWorkspaceQuestions(actor: Actor) {
  return db.question.findMany({
    where: { workspaceId: actor.workspaceId, archivedAt: null },
    orderBy: [{ depth: "asc" }, { createdAt: "desc" }, { id: "asc" }],
    select: {
      id: true,
      depth: true,
      topic: true,
      textEn: true,
      textJa: true,
      hintEn: true,
      hintJa: true,
      createdById: true,
      createdBy: { select: { name: true } },
    },
  });
}

export type WorkspaceQuestion = Awaited<ReturnType<typeof listWorkspaceQuestions>>[number];

export async function addWorkspaceQuestion(actor: Actor, input: QuestionInput) {
  return db.question.create({
    data: { ...input, workspaceId: actor.workspaceId, createdById: actor.userId },
    select: { id: true },
  });
}

/** Whether the actor may archive a question they can see. */
export function canArchiveQuestion(actor: QuestionActor, question: { createdById: string | null }): boolean {
  return actor.role === "OWNER" || question.createdById === actor.userId;
}

/**
 * Archives one of the workspace's questions: it is no longer suggested, and plans that used it
 * keep it. Another workspace's question, a built-in one, or one the actor may not archive
 * (someone else's, unless the actor is the owner) fails like a missing one.
 */
export async function archiveWorkspaceQuestion(actor: QuestionActor, questionId: string) {
  const { count } = await db.question.updateMany({
    where: {
      id: questionId,
      workspaceId: actor.workspaceId,
      archivedAt: null,
      ...(actor.role === "OWNER" ? {} : { createdById: actor.userId }),
    },
    data: { archivedAt: new Date() },
  });
  if (count === 0) throw new AppError("NOT_FOUND");
}
