// Reads Vitest and Playwright JSON reports and prints one line: "N passed, N failed".
// Exits non-zero when a test failed or a report is missing (a suite that did not run).
import { readFileSync } from "node:fs";

type VitestReport = { numPassedTests: number; numFailedTests: number; numPendingTests: number };
type PlaywrightReport = { stats: { expected: number; unexpected: number; flaky: number; skipped: number } };

let passed = 0;
let failed = 0;
let skipped = 0;
let missing = 0;
for (const file of process.argv.slice(2)) {
  try {
    const report = JSON.parse(readFileSync(file, "utf8")) as VitestReport | PlaywrightReport;
    if ("stats" in report) {
      passed += report.stats.expected + report.stats.flaky;
      failed += report.stats.unexpected;
      skipped += report.stats.skipped;
    } else {
      passed += report.numPassedTests;
      failed += report.numFailedTests;
      skipped += report.numPendingTests;
    }
    console.log(`${file}: read`);
  } catch {
    console.log(`${file}: missing or unreadable`);
    missing += 1;
  }
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 || missing > 0 ? 1 : 0);
