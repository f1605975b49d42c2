import type { Row } from "@/scripts/bench/run.mts";

const ms = (value: number | undefined) => (value === undefined || Number.isNaN(value) ? "" : value.toFixed(1));

/** The short table of a run: one line per account, page and concurrency. */
export function printTable(rows: Row[], peakMemoryMb: number) {
  const header = ["account", "page", "c", "p50", "p95", "p99", "req/s", "errors", "SQL p95", "ratio", "RSS MB"];
  const lines = rows.map((row) => [
    row.account,
    row.name,
    String(row.concurrency),
    ms(row.latencies.p50),
    ms(row.latencies.p95),
    ms(row.latencies.p99),
    row.latencies.throughput.toFixed(1),
    String(row.latencies.errors),
    row.concurrency === 1 ? ms(row.sqlFloor?.p95) : "",
    row.ratio === undefined ? "" : `${row.ratio.toFixed(2)}x`,
    row.peakMb === undefined ? "" : String(row.peakMb),
  ]);
  const widths = header.map((title, i) => Math.max(title.length, ...lines.map((line) => (line[i] ?? "").length)));
  const format = (cells: string[]) => cells.map((cell, i) => (i < 2 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join("  ");
  console.log(`\n${format(header)}`);
  for (const line of lines) console.log(format(line));
  console.log(`\nTimes in ms; ratio = page p95 / (SQL floor p95 + framework floor p95) at c=1. Peak server memory: ${peakMemoryMb} MB.`);
}
