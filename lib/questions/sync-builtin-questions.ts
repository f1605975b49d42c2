import "server-only";
import { db } from "@/lib/db";
import { BUILTIN_QUESTIONS } from "@/lib/questions/builtin-questions";

/**
 * Makes sure every built-in question has its row (plans reference `Question.id`). Idempotent by
 * `key`: a count when nothing is missing, one `createMany … skipDuplicates` when something is —
 * on a fresh database, a truncated test database, or after a release that adds questions.
 * Texts of existing rows are not rewritten: a retired key keeps its row for old plans.
 */
export async function syncBuiltinQuestions(): Promise<void> {
  const present = await db.question.count({ where: { workspaceId: null, key: { in: BUILTIN_QUESTIONS.map((q) => q.key) } } });
  if (present === BUILTIN_QUESTIONS.length) return;
  await db.question.createMany({
    data: BUILTIN_QUESTIONS.map(({ key, depth, topic, textEn, textJa, hintEn, hintJa }) => ({
      key,
      depth,
      topic,
      textEn,
      textJa,
      hintEn,
      hintJa,
    })),
    skipDuplicates: true,
  });
}
