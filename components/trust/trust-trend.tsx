import { ArrowRight, Minus, TrendingDown, TrendingUp } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import { type TrendDirection, type TrustTrend as Trend, TREND_WINDOW_DAYS } from "@/lib/trust/trend";

const ICON: Record<TrendDirection, typeof TrendingUp> = {
  warming: TrendingUp,
  steady: ArrowRight,
  cooling: TrendingDown,
  unknown: Minus,
};

/**
 * The trust trend with one report: the direction in words with an arrow of its shape (never
 * colour alone), the score and the change over the trend's window. A private aid for the
 * manager; it is shown beside one person at a time and nothing is ever sorted by it.
 */
export function TrustTrend({ trend, showNote = false, className }: { trend: Trend; showNote?: boolean; className?: string }) {
  const t = useTranslations("trust.trend");
  const format = useFormatter();
  const Icon = ICON[trend.direction];
  const details = [
    trend.score === null ? null : t("score", { score: trend.score }),
    trend.change === null || trend.change === 0
      ? null
      : t("change", { change: format.number(trend.change, { signDisplay: "exceptZero" }), days: TREND_WINDOW_DAYS }),
  ].filter(Boolean);
  return (
    <span className={cn("inline-flex flex-col gap-0.5", className)}>
      <span className="inline-flex flex-wrap items-center gap-1.5 font-medium">
        {/* Beside a name (the profile) it needs its label; in the team cards a <dt> gives it. */}
        {showNote && <span className="font-normal text-muted-foreground">{t("label")}</span>}
        <Icon aria-hidden="true" className="size-4 shrink-0" />
        {t(`direction.${trend.direction}`)}
      </span>
      {details.length > 0 && <span className="text-xs text-muted-foreground">{details.join(" · ")}</span>}
      {showNote && <span className="text-xs text-muted-foreground">{t("privateNote")}</span>}
    </span>
  );
}
