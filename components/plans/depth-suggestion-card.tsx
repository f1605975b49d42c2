import { useTranslations } from "next-intl";
import { DepthBadge } from "@/components/insights/depth-badge";
import { ReadinessProgress } from "@/components/plans/readiness-progress";
import { TrustReasons } from "@/components/trust/trust-reasons";
import { Card } from "@/components/ui/card";
import type { DepthSuggestion } from "@/lib/trust/suggest";

/** The suggested depth, why, and how far the relationship is from the next one. */
export function DepthSuggestionCard({ suggestion }: { suggestion: DepthSuggestion }) {
  const t = useTranslations("plan");
  return (
    <Card aria-labelledby="suggestion-heading" className="space-y-4">
      <h2 id="suggestion-heading" className="text-lg font-semibold">
        {t("suggestionTitle")}
      </h2>
      <p className="flex flex-wrap items-center gap-2">
        <span className="text-sm text-muted-foreground">{t("suggestedDepth")}</span>
        <DepthBadge depth={suggestion.depth} className="px-3 py-1 text-sm" />
      </p>
      <div className="space-y-1">
        <h3 className="text-sm font-semibold">{t("why")}</h3>
        <TrustReasons reasons={suggestion.reasons} />
      </div>
      {suggestion.readiness ? (
        <ReadinessProgress readiness={suggestion.readiness} held={suggestion.pullBack !== null || suggestion.cooling !== null} />
      ) : (
        <p className="text-sm text-muted-foreground">{t("atDeepest")}</p>
      )}
    </Card>
  );
}
