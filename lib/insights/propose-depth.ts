import type { Depth } from "@/lib/generated/prisma/enums";

// Words that tend to mark an insight's depth, in English and Japanese. A proposal only:
// the manager always decides. Values words win over causative ones, which win over facts.
const CUES: { depth: Exclude<Depth, "FACTUAL">; words: string[] }[] = [
  {
    depth: "VALUES",
    words: [
      "proud", "value", "values", "believe", "belief", "mentor", "matters to", "mission", "purpose",
      "taught", "learned", "lesson", "hard time", "struggle", "meaning", "for others", "stand for", "regret",
      "誇り", "大切", "価値", "信念", "恩師", "使命", "学んだ", "教わった", "苦労", "つらかった", "辛かった",
      "志", "生きがい", "やりがい", "人のため", "社会のため",
    ],
  },
  {
    depth: "CAUSATIVE",
    words: [
      "because", "why", "reason", "decided", "chose", "choose", "so that", "motivated", "wanted to",
      "led to", "inspired", "switched", "moved to",
      "なぜ", "理由", "きっかけ", "決めた", "決めて", "選んだ", "選んで", "ので", "動機", "転職", "目指",
    ],
  },
];

export type DepthProposal = { depth: Depth; cue: string | null };

/** Proposes a depth from the words of an insight, or null for text too short to judge. */
export function proposeDepth(text: string): DepthProposal | null {
  const normalized = text.normalize("NFKC").toLowerCase();
  if (normalized.trim().length < 4) return null;
  for (const { depth, words } of CUES) {
    const cue = words.find((word) => normalized.includes(word));
    if (cue) return { depth, cue };
  }
  return { depth: "FACTUAL", cue: null };
}
