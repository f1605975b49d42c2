import type { Depth } from "@/lib/generated/prisma/enums";

/**
 * The topics a manager can tag an insight with, per depth (from DOMAIN.md, "The three depths").
 * Keys are stored in the database; their labels live in the translation files
 * under `topics.<key>`. An insight may also carry a free topic in the manager's own words.
 */
export const TOPICS_BY_DEPTH = {
  FACTUAL: ["hometown", "education", "hobbies", "previous-work", "family", "languages"],
  CAUSATIVE: ["why-this-job", "why-this-company", "why-this-city", "career-moves", "why-interests"],
  VALUES: ["proudest", "would-change", "mentors", "hard-times", "for-others"],
} as const satisfies Record<Depth, readonly string[]>;

export type TopicKey = (typeof TOPICS_BY_DEPTH)[Depth][number];

export const DEPTHS = ["FACTUAL", "CAUSATIVE", "VALUES"] as const satisfies readonly Depth[];

export function isTopicKey(topic: string): topic is TopicKey {
  return DEPTHS.some((depth) => (TOPICS_BY_DEPTH[depth] as readonly string[]).includes(topic));
}
