import { getTranslations } from "next-intl/server";
import { DepthSection } from "@/components/profile/depth-section";
import type { ProfileView } from "@/components/profile/profile-view";
import type { DepthCoverage } from "@/lib/profile/get-coverage";
import type { KnownAtDepth } from "@/lib/profile/list-known-insights";

type WhatIKnowProps = { memberId: string; view: ProfileView; known: KnownAtDepth[]; coverage: DepthCoverage[] };

/** Everything the manager has learned, one column per depth, from facts to values. */
export async function WhatIKnow({ memberId, view, known, coverage }: WhatIKnowProps) {
  const t = await getTranslations("profile");
  const tPage = await getTranslations("profilePage");
  const nothingYet = known.every((depth) => depth.topics.length === 0);
  return (
    <section aria-labelledby="what-i-know" className="space-y-3">
      <h2 id="what-i-know" className="text-lg font-semibold">
        {t("whatIKnow")}
      </h2>
      {nothingYet && <p className="text-muted-foreground">{tPage("whatIKnowEmpty")}</p>}
      <div className="grid gap-3 lg:grid-cols-3">
        {known.map((atDepth) => (
          <DepthSection
            key={atDepth.depth}
            memberId={memberId}
            view={view}
            known={atDepth}
            insightCount={coverage.find((entry) => entry.depth === atDepth.depth)?.insightCount ?? 0}
          />
        ))}
      </div>
    </section>
  );
}
