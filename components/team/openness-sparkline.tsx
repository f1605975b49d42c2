import { useTranslations } from "next-intl";

const WIDTH = 64;
const HEIGHT = 20;

/** Openness (1–5) of the last few conversations, oldest first, as a line with its numbers for screen readers. */
export function OpennessSparkline({ values }: { values: number[] }) {
  const t = useTranslations("team");
  if (values.length === 0) return null;
  const step = values.length > 1 ? WIDTH / (values.length - 1) : 0;
  const points = values.map((value, index) => `${index * step},${HEIGHT - ((value - 1) / 4) * HEIGHT}`).join(" ");
  return (
    <span className="inline-flex items-center gap-2">
      <svg aria-hidden="true" width={WIDTH + 4} height={HEIGHT + 4} viewBox={`-2 -2 ${WIDTH + 4} ${HEIGHT + 4}`} className="overflow-visible">
        <polyline points={points} fill="none" className="stroke-primary" strokeWidth="2" strokeLinejoin="round" />
        {values.map((value, index) => (
          <circle key={index} cx={index * step} cy={HEIGHT - ((value - 1) / 4) * HEIGHT} r="2" className="fill-primary" />
        ))}
      </svg>
      <span className="sr-only">{t("opennessTrend", { values: values.join(", ") })}</span>
    </span>
  );
}
