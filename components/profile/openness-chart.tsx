import { getFormatter, getTranslations } from "next-intl/server";
import { DepthMark, DepthShape } from "@/components/profile/depth-mark";
import { CHART_BOX, OPENNESS_LEVELS, opennessSummary, placePoints, yOf } from "@/components/profile/openness-chart-geometry";
import { Card } from "@/components/ui/card";
import { DEPTHS } from "@/lib/insights/topics";
import type { OpennessPoint } from "@/lib/profile/get-openness-history";

/**
 * Openness in each conversation of the last year, each point shaped and coloured by the
 * deepest depth reached. The SVG is one image named by a written summary; the numbers
 * themselves are in a table anyone can open.
 */
export async function OpennessChart({ points }: { points: OpennessPoint[] }) {
  const [t, tDepth, format] = await Promise.all([getTranslations("profilePage.chart"), getTranslations("depth"), getFormatter()]);
  const title = (
    <h2 id="openness-title" className="text-lg font-semibold">
      {t("title")}
    </h2>
  );
  if (points.length === 0) {
    return (
      <Card aria-labelledby="openness-title" className="space-y-2">
        {title}
        <p className="text-sm text-muted-foreground">{t("empty")}</p>
      </Card>
    );
  }

  const placed = placePoints(points);
  const { first, last, average } = opennessSummary(points);
  const deepest = [...DEPTHS].reverse().find((depth) => points.some((point) => point.deepestDepth === depth));
  const shortDate = (date: Date) => format.dateTime(date, { month: "short", day: "numeric" });
  const { width, height, left, right, bottom } = CHART_BOX;

  return (
    <Card aria-labelledby="openness-title" className="space-y-3">
      <div>
        {title}
        <p className="text-sm text-muted-foreground">{t("lead")}</p>
      </div>
      <p id="openness-summary" className="text-sm">
        {t("summary", {
          count: points.length,
          first,
          last,
          average: format.number(average, { maximumFractionDigits: 1 }),
          deepest: deepest ? tDepth(deepest) : t("noDepth"),
        })}
      </p>
      <figure className="space-y-2">
        <p aria-hidden="true" className="text-xs text-muted-foreground">
          {t("axis")}
        </p>
        <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby="openness-summary" className="h-auto w-full">
          {OPENNESS_LEVELS.map((level) => (
            <g key={level}>
              <line x1={left} x2={width - right} y1={yOf(level)} y2={yOf(level)} className="stroke-border" strokeWidth={1} />
              <text x={left - 8} y={yOf(level)} dominantBaseline="middle" textAnchor="end" className="fill-muted-foreground text-[11px]">
                {level}
              </text>
            </g>
          ))}
          <polyline
            points={placed.map(({ x, y }) => `${x},${y}`).join(" ")}
            fill="none"
            className="stroke-muted-foreground"
            strokeWidth={1.5}
            strokeLinejoin="round"
          />
          {placed.map((point) => (
            <g key={point.id}>
              {point.pulledBackAt && <PulledBackRing x={point.x} y={point.y} />}
              <DepthShape depth={point.deepestDepth} x={point.x} y={point.y} size={10} />
            </g>
          ))}
          <text x={left} y={height - bottom + 16} className="fill-muted-foreground text-[11px]">
            {shortDate(points[0]?.occurredAt ?? new Date())}
          </text>
          {points.length > 1 && (
            <text x={width - right} y={height - bottom + 16} textAnchor="end" className="fill-muted-foreground text-[11px]">
              {shortDate(points.at(-1)?.occurredAt ?? new Date())}
            </text>
          )}
        </svg>
        <figcaption>
          <span className="sr-only">{t("legend")}</span>
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted-foreground">
            {[...DEPTHS, null].map((depth) => (
              <li key={depth ?? "none"} className="inline-flex items-center gap-1.5">
                <DepthMark depth={depth} />
                {depth ? tDepth(depth) : t("nothingRecorded")}
              </li>
            ))}
            <li className="inline-flex items-center gap-1.5">
              <svg viewBox="0 0 16 16" aria-hidden="true" className="size-4 shrink-0">
                <PulledBackRing x={8} y={8} />
              </svg>
              {t("pulledBackLegend")}
            </li>
          </ul>
        </figcaption>
      </figure>
      <details className="text-sm">
        <summary className="cursor-pointer rounded font-medium text-primary focus-visible:outline-2 focus-visible:outline-ring">
          {t("showTable")}
        </summary>
        <div className="mt-2 overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="text-muted-foreground">
              <tr>
                <th scope="col" className="py-1 pr-3 font-medium">{t("date")}</th>
                <th scope="col" className="py-1 pr-3 font-medium">{t("openness")}</th>
                <th scope="col" className="py-1 pr-3 font-medium">{t("depth")}</th>
                <th scope="col" className="py-1 font-medium">{t("pulledBack")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-border">
              {points.map((point) => (
                <tr key={point.id}>
                  <td className="py-1 pr-3 whitespace-nowrap">{format.dateTime(point.occurredAt, { dateStyle: "medium" })}</td>
                  <td className="py-1 pr-3">{point.openness}</td>
                  <td className="py-1 pr-3">{point.deepestDepth ? tDepth(point.deepestDepth) : t("none")}</td>
                  <td className="py-1">{point.pulledBackAt ? tDepth(point.pulledBackAt) : t("none")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </Card>
  );
}

/** A dashed ring around a conversation in which the report closed up: step back next time. */
function PulledBackRing({ x, y }: { x: number; y: number }) {
  return <circle cx={x} cy={y} r={7.5} fill="none" className="stroke-danger" strokeWidth={1.5} strokeDasharray="2.5 2" />;
}
