import { describe, expect, it } from "vitest";
import { CHART_BOX, opennessSummary, placePoints, yOf } from "@/components/profile/openness-chart-geometry";

const on = (day: string, openness: number) => ({ occurredAt: new Date(`${day}T12:00:00Z`), openness });

describe("the openness chart's geometry", () => {
  it("puts 5 at the top and 1 at the bottom of the plot", () => {
    expect(yOf(5)).toBe(CHART_BOX.top);
    expect(yOf(1)).toBe(CHART_BOX.height - CHART_BOX.bottom);
  });

  it("spreads conversations by date, oldest on the left", () => {
    const [first, middle, last] = placePoints([on("2026-01-01", 2), on("2026-01-11", 3), on("2026-01-21", 5)]);
    expect(first?.x).toBe(CHART_BOX.left);
    expect(last?.x).toBe(CHART_BOX.width - CHART_BOX.right);
    expect(middle?.x).toBeCloseTo((CHART_BOX.left + CHART_BOX.width - CHART_BOX.right) / 2, 0);
  });

  it("centres a single conversation", () => {
    expect(placePoints([on("2026-01-01", 3)])[0]?.x).toBe((CHART_BOX.left + CHART_BOX.width - CHART_BOX.right) / 2);
  });

  it("summarises first, last and average openness", () => {
    expect(opennessSummary([on("2026-01-01", 2), on("2026-02-01", 3), on("2026-03-01", 5)])).toEqual({ first: 2, last: 5, average: 3.3 });
  });
});
