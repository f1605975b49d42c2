import { Check, CircleDashed } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { DepthMark } from "@/components/profile/depth-mark";
import { Card } from "@/components/ui/card";
import type { DepthCoverage } from "@/lib/profile/get-coverage";

/**
 * For each depth, the topics known and those still unknown. Known and unknown differ in
 * wording (two labelled lists), icon and border style, not only in colour.
 */
export async function CoverageSection({ coverage }: { coverage: DepthCoverage[] }) {
  const [t, tDepth, tTopics] = await Promise.all([
    getTranslations("profilePage.coverage"),
    getTranslations("depth"),
    getTranslations("topics"),
  ]);

  return (
    <Card aria-labelledby="coverage-title" className="space-y-4">
      <div>
        <h2 id="coverage-title" className="text-lg font-semibold">
          {t("title")}
        </h2>
        <p className="text-sm text-muted-foreground">{t("lead")}</p>
      </div>
      {coverage.map(({ depth, knownTopics, unknownTopics, ownTopics }) => {
        const total = knownTopics.length + unknownTopics.length;
        return (
          <div key={depth} className="space-y-2">
            <h3 className="flex flex-wrap items-baseline gap-x-2 font-medium">
              <span className="inline-flex items-center gap-1.5">
                <DepthMark depth={depth} />
                {tDepth(depth)}
              </span>
              <span className="text-sm font-normal text-muted-foreground">
                {t("knownCount", { known: knownTopics.length, total })}
              </span>
            </h3>
            <TopicList id={`coverage-${depth}-known`} label={t("known")} empty={t("none")} known>
              {[...knownTopics.map((topic) => tTopics(topic)), ...ownTopics]}
            </TopicList>
            <TopicList id={`coverage-${depth}-unknown`} label={t("unknown")} empty={t("allKnown")} known={false}>
              {unknownTopics.map((topic) => tTopics(topic))}
            </TopicList>
          </div>
        );
      })}
    </Card>
  );
}

type TopicListProps = { id: string; label: string; empty: string; known: boolean; children: string[] };

function TopicList({ id, label, empty, known, children }: TopicListProps) {
  const Icon = known ? Check : CircleDashed;
  return (
    <div className="flex flex-wrap items-start gap-x-2 gap-y-1.5 text-sm">
      <span id={id} className="w-full pt-0.5 text-xs font-medium tracking-wide text-muted-foreground uppercase sm:w-28 sm:shrink-0">
        {label}
      </span>
      {children.length === 0 ? (
        <span className="pt-0.5 text-muted-foreground">{empty}</span>
      ) : (
        <ul aria-labelledby={id} className="flex min-w-0 flex-1 flex-wrap gap-1.5">
          {children.map((topic) => (
            <li
              key={topic}
              className={
                known
                  ? "inline-flex items-center gap-1 rounded-full border border-primary/40 bg-accent px-2 py-0.5"
                  : "inline-flex items-center gap-1 rounded-full border border-dashed border-border px-2 py-0.5 text-muted-foreground"
              }
            >
              <Icon aria-hidden="true" className="size-3.5 shrink-0" />
              {topic}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
