export type Latencies = {
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  /** Requests per second. */
  throughput: number;
  /** Non-2xx answers, connection errors and timeouts. */
  errors: number;
};

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

export function summarize(times: number[], seconds: number, errors: number): Latencies {
  const sorted = [...times].sort((a, b) => a - b);
  const round = (value: number) => Math.round(value * 10) / 10;
  return {
    requests: times.length,
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    throughput: round(times.length / seconds),
    errors,
  };
}
