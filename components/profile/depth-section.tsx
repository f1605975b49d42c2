import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { DepthMark } from "@/components/profile/depth-mark";
import { InsightItem } from "@/components/profile/insight-item";
import { profileHref, type ProfileView } from "@/components/profile/profile-view";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import type { Depth } from "@/lib/generated/prisma/enums";
import { isTopicKey } from "@/lib/insights/topics";
import type { KnownAtDepth } from "@/lib/profile/list-known-insights";

const DEPTH_ACCENT: Record<Depth, string> = {
  FACTUAL: "border-t-depth-factual",
  CAUSATIVE: "border-t-depth-causative",
  VALUES: "border-t-depth-values",
};

type DepthSectionProps = { memberId: string; view: ProfileView; known: KnownAtDepth; insightCount: number };

/** What the manager knows at one depth, by topic, newest first; a few, or all on request. */
export async function DepthSection({ memberId, view, known, insightCount }: DepthSectionProps) {
  const { depth, topics } = known;
  const [t, tDepth, tTopics, format] = await Promise.all([
    getTranslations("profilePage"),
    getTranslations("depth"),
    getTranslations("topics"),
    getFormatter(),
  ]);
  const titleId = `depth-${depth}-title`;

  return (
    <Card aria-labelledby={titleId} className={cn("border-t-4", DEPTH_ACCENT[depth])}>
      <h3 id={titleId} className="mb-3 flex items-baseline justify-between gap-2 font-semibold">
        <span className="inline-flex items-center gap-1.5">
          <DepthMark depth={depth} />
          {tDepth(depth)}
        </span>
        <span className="text-sm font-normal text-muted-foreground">{t("insightCount", { count: insightCount })}</span>
      </h3>
      {topics.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t(`depthEmpty.${depth}`)}</p>
      ) : (
        <div className="space-y-4">
          {topics.map(({ topic, insights }) => (
            <div key={topic}>
              <h4 className="text-sm font-medium text-muted-foreground">{isTopicKey(topic) ? tTopics(topic) : topic}</h4>
              <ul className="divide-y divide-border">
                {insights.map((insight) => (
                  <InsightItem
                    key={insight.id}
                    insight={insight}
                    learnedOn={format.dateTime(insight.learnedAt, { dateStyle: "medium" })}
                  />
                ))}
              </ul>
            </div>
          ))}
        </div>
      )}
      {(known.hasMore || view.all === depth) && (
        <Link
          href={profileHref(memberId, view, { all: known.hasMore ? depth : null })}
          scroll={false}
          className="mt-3 inline-block rounded text-sm font-medium text-primary underline-offset-4 hover:underline focus-visible:outline-2 focus-visible:outline-ring"
        >
          {known.hasMore ? t("showAll", { depth: tDepth(depth) }) : t("showFewer")}
        </Link>
      )}
    </Card>
  );
}
