import { useFormatter, useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import type { Readiness } from "@/lib/trust/suggest";

type Part = { label: string; ratio: number; met: boolean };

/**
 * How far the relationship is from the next depth, in words and as bars: "2 of 3
 * conversations; openness 3.8 of 4.0". Progress is capped at what is needed ("2 of 2", not
 * "5 of 2"): the reasons above say the actual figures. The bars only repeat the words (they
 * are hidden from screen readers, which read the sentence).
 */
export function ReadinessProgress({ readiness, held }: { readiness: Readiness; held: boolean }) {
  const t = useTranslations("plan");
  const tDepth = useTranslations("depth");
  const format = useFormatter();
  const { conversations, spanDays, openness, prerequisite } = readiness;
  const parts: Part[] = [
    {
      label: t("readinessConversations", { have: Math.min(conversations.have, conversations.need), need: conversations.need }),
      ratio: conversations.have / conversations.need,
      met: conversations.have >= conversations.need,
    },
  ];
  if (spanDays.need > 0) {
    parts.push({
      label: t("readinessSpan", { have: Math.min(spanDays.have, spanDays.need), need: spanDays.need }),
      ratio: spanDays.have / spanDays.need,
      met: spanDays.have >= spanDays.need,
    });
  }
  parts.push(
    openness.have === null
      ? { label: t("readinessOpennessNone", { need: openness.need }), ratio: 0, met: false }
      : {
          label: t("readinessOpenness", { have: Math.min(openness.have, openness.need), need: openness.need }),
          ratio: openness.have / openness.need,
          met: openness.have >= openness.need,
        },
  );
  parts.push({
    label: t("readinessShared", { depth: tDepth(prerequisite.depth), shared: prerequisite.shared ? "yes" : "no" }),
    ratio: prerequisite.shared ? 1 : 0,
    met: prerequisite.shared,
  });
  const depth = tDepth(readiness.nextDepth);

  return (
    <div className="space-y-3">
      <h3 className="font-semibold">{t("readinessTitle", { depth })}</h3>
      <p className="text-sm">
        {readiness.met
          ? t(held ? "readinessHeld" : "readinessMet", { depth })
          : t("readinessSummary", { depth, parts: format.list(parts.map((part) => part.label), { type: "conjunction" }) })}
      </p>
      <ul className="space-y-2" aria-hidden="true">
        {parts.map((part) => (
          <li key={part.label} className="space-y-1">
            <span className="text-xs text-muted-foreground">{part.label}</span>
            <span className="block h-2 overflow-hidden rounded-full bg-muted">
              <span
                className={cn("block h-full rounded-full", part.met ? "bg-primary" : "bg-depth-causative")}
                style={{ width: `${Math.round(Math.min(Math.max(part.ratio, 0), 1) * 100)}%` }}
              />
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
