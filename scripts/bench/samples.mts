// Realistic note text for the bench workspace, borrowed from the demo workspace (English and
// Japanese), plus a few English notes that share a word with the Japanese ones ("QA"), so that
// one search finds notes in both languages.
import { DEMO_REPORTS } from "@/lib/demo/demo-workspace";
import type { Depth } from "@/lib/generated/prisma/enums";

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
const isJapanese = (text: string) => JAPANESE.test(text);

type Note = { topic: string; text: string };
export type Samples = {
  insights: Record<"en" | "ja", Record<Depth, Note[]>>;
  intentions: Record<"en" | "ja", string[]>;
  followUps: Record<"en" | "ja", { request: string; action: string | null }[]>;
  milestones: Record<"en" | "ja", string[]>;
  missions: Record<"en" | "ja", string[]>;
};

const EXTRA_EN: { depth: Depth; topic: string; text: string }[] = [
  { depth: "FACTUAL", topic: "career", text: "Started in QA at a game studio, then moved to backend work three years ago." },
  { depth: "CAUSATIVE", topic: "motivation", text: "Left QA because she wanted to fix the bugs she found, not only file them." },
  { depth: "VALUES", topic: "beliefs", text: "Thinks QA is everyone's job: \"quality is how we respect the people who use it\"." },
];

export function benchSamples(): Samples {
  const empty = () => ({ FACTUAL: [] as Note[], CAUSATIVE: [] as Note[], VALUES: [] as Note[] });
  const samples: Samples = {
    insights: { en: empty(), ja: empty() },
    intentions: { en: [], ja: [] },
    followUps: { en: [], ja: [] },
    milestones: { en: [], ja: [] },
    missions: { en: [], ja: [] },
  };
  const lang = (text: string) => (isJapanese(text) ? "ja" : "en");
  for (const report of DEMO_REPORTS) {
    for (const conversation of report.conversations) {
      if (conversation.intention) samples.intentions[lang(conversation.intention)].push(conversation.intention);
      for (const insight of conversation.insights) {
        samples.insights[lang(insight.text)][insight.depth].push({ topic: insight.topic, text: insight.text });
      }
    }
    for (const followUp of report.followUps) {
      samples.followUps[lang(followUp.request)].push({ request: followUp.request, action: followUp.action });
      for (const milestone of followUp.milestones) samples.milestones[lang(milestone.title)].push(milestone.title);
    }
    for (const version of report.mission) samples.missions[lang(version.text)].push(version.text);
  }
  for (const extra of EXTRA_EN) samples.insights.en[extra.depth].push({ topic: extra.topic, text: extra.text });
  for (const language of ["en", "ja"] as const) {
    for (const list of [samples.intentions, samples.followUps, samples.milestones, samples.missions]) {
      if (list[language].length === 0) throw new Error(`No ${language} sample text in the demo workspace.`);
    }
  }
  return samples;
}
