// Where each conversation sits in the openness chart. Pure, so it can be tested without a DOM.

export const CHART_BOX = { width: 320, height: 168, left: 24, right: 10, top: 10, bottom: 24 } as const;
export const OPENNESS_LEVELS = [1, 2, 3, 4, 5] as const;

type Point = { occurredAt: Date; openness: number };

/** The y coordinate of an openness level (5 at the top). */
export function yOf(openness: number): number {
  const { top, bottom, height } = CHART_BOX;
  return top + ((5 - openness) / 4) * (height - top - bottom);
}

/** Points placed by date (left = oldest), one alone in the middle. */
export function placePoints<T extends Point>(points: readonly T[]): (T & { x: number; y: number })[] {
  const { left, right, width } = CHART_BOX;
  const times = points.map((point) => point.occurredAt.getTime());
  const first = Math.min(...times);
  const span = Math.max(...times) - first;
  return points.map((point) => ({
    ...point,
    x: round(span === 0 ? (left + width - right) / 2 : left + ((point.occurredAt.getTime() - first) / span) * (width - left - right)),
    y: round(yOf(point.openness)),
  }));
}

/** First, last and average openness of a non-empty series (average to one decimal). */
export function opennessSummary(points: readonly Point[]) {
  const total = points.reduce((sum, point) => sum + point.openness, 0);
  return {
    first: points[0]?.openness ?? 0,
    last: points.at(-1)?.openness ?? 0,
    average: points.length === 0 ? 0 : Math.round((total / points.length) * 10) / 10,
  };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
