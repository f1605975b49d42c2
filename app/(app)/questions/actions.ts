"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { runAction } from "@/lib/actions/action-result";
import { requirePermission } from "@/lib/auth/guards";
import { questionInputSchema } from "@/lib/questions/schemas";
import { addWorkspaceQuestion, archiveWorkspaceQuestion } from "@/lib/questions/workspace-questions";

// Any manager of the workspace may add a question; archiving is for the one who added it and
// the owner (checked in the data layer's where, so anything else fails like a missing question).

export async function addQuestionAction(input: unknown) {
  return runAction(questionInputSchema, input, async (question) => {
    const actor = await requirePermission("reports:manage-own");
    const created = await addWorkspaceQuestion(actor, question);
    revalidatePath("/questions");
    return created;
  });
}

export async function archiveQuestionAction(input: unknown) {
  return runAction(z.object({ questionId: z.string().min(1).max(64) }), input, async ({ questionId }) => {
    const actor = await requirePermission("reports:manage-own");
    await archiveWorkspaceQuestion(actor, questionId);
    revalidatePath("/questions");
    return null;
  });
}
