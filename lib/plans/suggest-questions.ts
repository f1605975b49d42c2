import "server-only";
import { db } from "@/lib/db";
import type { Depth } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/members/actor";
import { visibleInsights } from "@/lib/profile/visible-notes";
import { ownPlans, usableQuestions } from "@/lib/plans/plan-access";
import { type QuestionSet, selectQuestions } from "@/lib/plans/select-questions";
import { syncBuiltinQuestions } from "@/lib/questions/sync-builtin-questions";

/**
 * Three questions for the next conversation with a report, at `depth`: built-in ones and the
 * workspace's own (not archived), leaving out topics the actor already knows at that depth and
 * questions from the actor's earlier plans for this report (a cancelled plan was never asked,
 * so its questions come back). `set` pages through the rest: the same set gives the same three.
 */
export async function suggestQuestions(
  actor: Actor,
  memberId: string,
  options: { depth: Depth; locale: string; set: number },
): Promise<QuestionSet> {
  await syncBuiltinQuestions();
  const [candidates, insights, used] = await Promise.all([
    db.question.findMany({
      where: { ...usableQuestions(actor), depth: options.depth, archivedAt: null },
      select: { id: true, key: true, depth: true, topic: true, textEn: true, textJa: true, hintEn: true, hintJa: true },
    }),
    db.insight.findMany({
      where: { ...visibleInsights(actor, memberId), depth: options.depth },
      distinct: ["topic"],
      select: { topic: true },
    }),
    db.planQuestion.findMany({
      where: { workspaceId: actor.workspaceId, plan: { ...ownPlans(actor, memberId), status: { in: ["PLANNED", "DONE"] } } },
      select: { questionId: true },
    }),
  ]);
  return selectQuestions(candidates, {
    depth: options.depth,
    locale: options.locale,
    set: options.set,
    exclusions: {
      knownTopics: new Set(insights.map((insight) => insight.topic)),
      usedQuestionIds: new Set(used.map((row) => row.questionId)),
    },
  });
}
