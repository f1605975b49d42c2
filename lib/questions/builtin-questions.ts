import type { Depth } from "@/lib/generated/prisma/enums";
import type { TOPICS_BY_DEPTH, TopicKey } from "@/lib/insights/topics";
import { CAUSATIVE_QUESTIONS } from "@/lib/questions/builtin-questions-causative";
import { FACTUAL_QUESTIONS } from "@/lib/questions/builtin-questions-factual";
import { VALUES_QUESTIONS } from "@/lib/questions/builtin-questions-values";

/**
 * The question bank shipped with Innerview (issue 4, item 3): conversation openers a manager
 * can bring up over coffee, at lunch or on a walk — suggestions, never a script.
 *
 * Each question has a stable `key` (`<depth>.<topic>.<n>`) that is stored in the database
 * (`Question.key`), so keys are never renumbered or reused: to retire a question, remove it
 * and leave its number unused; to add one, take the next free number for its topic.
 *
 * Values-level questions are gentle and optional by design (DOMAIN.md, "Intention"): they invite
 * a story, never probe for weak points, and the hints suggest sharing something of one's own first.
 */
export type BuiltinQuestion = {
  key: string;
  depth: Depth;
  topic: TopicKey;
  textEn: string;
  textJa: string;
  /** One line on how to bring the question up naturally. */
  hintEn: string;
  hintJa: string;
};

type TopicAt<D extends Depth> = (typeof TOPICS_BY_DEPTH)[D][number];

/** A built-in question at depth `D`: its topic belongs to that depth and its key says so. */
export type BuiltinQuestionAt<D extends Depth> = BuiltinQuestion & {
  key: `${Lowercase<D>}.${TopicAt<D>}.${number}`;
  depth: D;
  topic: TopicAt<D>;
};

export { CAUSATIVE_QUESTIONS, FACTUAL_QUESTIONS, VALUES_QUESTIONS };

export const BUILTIN_QUESTIONS: readonly BuiltinQuestion[] = [
  ...FACTUAL_QUESTIONS,
  ...CAUSATIVE_QUESTIONS,
  ...VALUES_QUESTIONS,
];
