import "server-only";
import { LOCALES } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";
import { DEPTHS, TOPICS_BY_DEPTH, type TopicKey } from "@/lib/insights/topics";
import { normalizeForSearch } from "@/lib/search/normalize-query";

// Insights store a topic key ("hometown"), while managers search for what they see: the label,
// in either language ("Hometown", 「出身地」). Whatever the UI language, both labels count: a
// bilingual manager remembers the word, not the language the app was in.

const ALL_TOPIC_KEYS: readonly TopicKey[] = DEPTHS.flatMap((depth) => TOPICS_BY_DEPTH[depth]);

let labelsByKey: Promise<Map<TopicKey, string[]>> | undefined;

async function readLabels(): Promise<Map<TopicKey, string[]>> {
  const labels = new Map<TopicKey, string[]>(ALL_TOPIC_KEYS.map((key) => [key, []]));
  for (const locale of LOCALES) {
    const topics = (await loadMessages(locale)).topics as Partial<Record<TopicKey, string>> | undefined;
    for (const key of ALL_TOPIC_KEYS) {
      const label = topics?.[key];
      if (label) labels.get(key)?.push(normalizeForSearch(label));
    }
  }
  return labels;
}

/** The topic keys whose label, in any language, contains the (normalised) term. */
export async function topicKeysMatching(term: string): Promise<TopicKey[]> {
  const labels = await (labelsByKey ??= readLabels());
  return ALL_TOPIC_KEYS.filter((key) => labels.get(key)?.some((label) => label.includes(term)));
}
