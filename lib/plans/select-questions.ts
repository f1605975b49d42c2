import type { Depth } from "@/lib/generated/prisma/enums";

/**
 * Which questions the plan page suggests: pure, so the rule can be read and tested alone.
 * Issue #4: three questions at the suggested depth, from topics not yet known, never one already
 * used with this report; "show three others" pages through the rest deterministically.
 */

/** How many questions the plan page suggests at once. */
export const QUESTIONS_PER_SET = 3;

export type QuestionCandidate = {
  id: string;
  /** Built-in questions have a stable key; the workspace's own have none. */
  key: string | null;
  depth: Depth;
  topic: string;
  textEn: string | null;
  textJa: string | null;
  hintEn: string | null;
  hintJa: string | null;
};

export type SuggestedQuestion = {
  id: string;
  topic: string;
  text: string;
  hint: string | null;
  /** The language the text is shown in: the manager's, or the other one when it has only that. */
  lang: "en" | "ja";
  own: boolean;
};

export type QuestionSet = {
  questions: SuggestedQuestion[];
  /** The set shown (0-based), after wrapping around. */
  set: number;
  /** How many sets the remaining questions make. */
  sets: number;
  /** Questions left at this depth after the exclusions. */
  available: number;
};

export type Exclusions = {
  /** Topics already known at this depth (an undeleted insight of the actor's). */
  knownTopics: ReadonlySet<string>;
  /** Questions used in the actor's earlier plans for this report. */
  usedQuestionIds: ReadonlySet<string>;
};

/** A question in the manager's language, falling back to the other language when it has only one. */
export function inLanguage(question: QuestionCandidate, locale: string): SuggestedQuestion | null {
  const preferJa = locale === "ja";
  const [first, second] = preferJa
    ? ([["ja", question.textJa, question.hintJa], ["en", question.textEn, question.hintEn]] as const)
    : ([["en", question.textEn, question.hintEn], ["ja", question.textJa, question.hintJa]] as const);
  const chosen = first[1]?.trim() ? first : second[1]?.trim() ? second : null;
  if (!chosen) return null;
  return {
    id: question.id,
    topic: question.topic,
    text: chosen[1] ?? "",
    hint: chosen[2]?.trim() ? chosen[2] : null,
    lang: chosen[0],
    own: question.key === null,
  };
}

/** Topics compare without case or surrounding spaces: "Coffee " and "coffee" are one topic. */
export function normalizeTopic(topic: string): string {
  return topic.trim().toLowerCase();
}

/**
 * The candidates still worth asking, in a stable order that spreads topics: the first question
 * of every topic, then the second of every topic, and so on — so three suggestions rarely
 * share a topic. Within a topic: built-in questions by key, then the workspace's own by id.
 */
export function remainingQuestions(candidates: readonly QuestionCandidate[], depth: Depth, exclusions: Exclusions) {
  const known = new Set([...exclusions.knownTopics].map(normalizeTopic));
  const byTopic = new Map<string, QuestionCandidate[]>();
  const sorted = candidates
    .filter((question) => question.depth === depth)
    .filter((question) => !known.has(normalizeTopic(question.topic)))
    .filter((question) => !exclusions.usedQuestionIds.has(question.id))
    .toSorted((a, b) => sortKey(a).localeCompare(sortKey(b)));
  for (const question of sorted) {
    const topic = normalizeTopic(question.topic);
    byTopic.set(topic, [...(byTopic.get(topic) ?? []), question]);
  }
  const groups = [...byTopic.values()];
  const longest = Math.max(0, ...groups.map((group) => group.length));
  const spread: QuestionCandidate[] = [];
  for (let round = 0; round < longest; round++) {
    for (const group of groups) {
      const question = group[round];
      if (question) spread.push(question);
    }
  }
  return spread;
}

function sortKey(question: QuestionCandidate): string {
  // Built-in keys are "<depth>.<topic>.<n>": pad the number so 10 sorts after 9.
  if (question.key) return `0 ${question.key.replace(/\d+$/, (n) => n.padStart(4, "0"))}`;
  return `1 ${question.id}`;
}

/** The `set`-th group of three (wrapping around), each in the manager's language. */
export function selectQuestions(
  candidates: readonly QuestionCandidate[],
  options: { depth: Depth; exclusions: Exclusions; locale: string; set: number },
): QuestionSet {
  const remaining = remainingQuestions(candidates, options.depth, options.exclusions)
    .map((question) => inLanguage(question, options.locale))
    .filter((question): question is SuggestedQuestion => question !== null);
  const sets = Math.ceil(remaining.length / QUESTIONS_PER_SET);
  if (sets === 0) return { questions: [], set: 0, sets: 0, available: 0 };
  const set = ((Math.trunc(options.set) % sets) + sets) % sets;
  return {
    questions: remaining.slice(set * QUESTIONS_PER_SET, (set + 1) * QUESTIONS_PER_SET),
    set,
    sets,
    available: remaining.length,
  };
}
