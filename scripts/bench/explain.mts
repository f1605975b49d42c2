// `npm run bench:explain`: the statements each page runs for the largest manager (or
// BENCH_ACCOUNT=typical), captured as `npm run bench` captures them, each with its EXPLAIN
// ANALYZE time, slowest first: where to look when a page is far above its floor.
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { BENCH_PASSWORD, LARGEST_MANAGER, LARGEST_REPORT_ID, TYPICAL_MANAGER, requirePostgresUrl } from "@/scripts/bench/config.mts";
import { startServer } from "@/scripts/bench/server.mts";
import { signIn } from "@/scripts/bench/session.mts";
import { captureStatements, withoutFloor } from "@/scripts/bench/sql-floor.mts";
import { warmUp } from "@/scripts/bench/load.mts";

const databaseUrl = requirePostgresUrl();
const typical = process.env.BENCH_ACCOUNT === "typical";
const manager = typical ? TYPICAL_MANAGER : LARGEST_MANAGER;
const memberId = process.env.BENCH_MEMBER ?? (typical ? "bench-m-42" : LARGEST_REPORT_ID);
const only = process.env.BENCH_PAGE;
const verbose = process.env.BENCH_VERBOSE === "1";
const sqlLog = join(tmpdir(), `innerview-explain-sql-${process.pid}.jsonl`);
const server = await startServer(Number(process.env.BENCH_PORT ?? "3302"), databaseUrl, sqlLog);
const client = new pg.Client({ connectionString: databaseUrl });
await client.connect();
try {
  const cookie = await signIn(server.url, manager.email, BENCH_PASSWORD);
  const pages = { team: "/team", profile: `/team/${memberId}`, plan: `/team/${memberId}/plan`, search: "/search?q=qa" };
  for (const path of [...Object.values(pages), "/bench-floor"]) await warmUp(server.url, cookie, path);
  const floor = await captureStatements(server.url, cookie, "/bench-floor", sqlLog);
  for (const [name, path] of Object.entries(pages)) {
    if (only && only !== name) continue;
    const statements = withoutFloor(await captureStatements(server.url, cookie, path, sqlLog), floor);
    const timed = [];
    for (const statement of statements) {
      const { rows } = await client.query<{ "QUERY PLAN": string }>({ text: `EXPLAIN (ANALYZE, BUFFERS) ${statement.text}`, values: statement.values });
      const plan = rows.map((row) => row["QUERY PLAN"]).join("\n");
      const time = Number(/Execution Time: ([\d.]+)/.exec(plan)?.[1] ?? "0");
      timed.push({ time, text: statement.text, plan });
    }
    timed.sort((a, b) => b.time - a.time);
    console.log(`\n== ${name} (${path}): ${statements.length} statements, ${timed.reduce((s, t) => s + t.time, 0).toFixed(1)} ms in Postgres`);
    for (const entry of timed.slice(0, verbose ? 3 : 5)) {
      console.log(`${entry.time.toFixed(1).padStart(8)} ms  ${entry.text.replace(/\s+/g, " ").slice(0, verbose ? 2000 : 220)}`);
      if (verbose) console.log(entry.plan);
    }
  }
} finally {
  await client.end();
  await server.stop();
}
