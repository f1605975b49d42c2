// `npm run bench` (issue #7): seeds the bench workspace (or reuses it), builds if there is no
// build with the floor page, starts `next start` on the bench database and measures the team
// page, a profile, the plan page, search and logging a conversation with autocannon, at
// concurrency 1 and 32, signed in as a manager with a typical history and as the one with the
// largest; with the SQL floor and the framework floor of each page, and the server's peak
// memory. Results: a table here and bench/results/<timestamp>.json. See docs/performance.md.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { BENCH_PASSWORD, BENCH_WORKSPACE_ID, LARGEST_MANAGER, LARGEST_REPORT_ID, TYPICAL_MANAGER, benchScale, requirePostgresUrl } from "@/scripts/bench/config.mts";
import { type LoadTarget, load, warmUp } from "@/scripts/bench/load.mts";
import { seedBench } from "@/scripts/bench/seed.mts";
import { sampleMemory, serverNodeOptions, startServer } from "@/scripts/bench/server.mts";
import { signIn } from "@/scripts/bench/session.mts";
import { type Statement, captureStatements, replay, withoutFloor } from "@/scripts/bench/sql-floor.mts";
import type { Latencies } from "@/scripts/bench/stats.mts";
import { printTable } from "@/scripts/bench/table.mts";

const DURATION = Number(process.env.BENCH_DURATION ?? "10");
const PORT = Number(process.env.BENCH_PORT ?? "3301");
// Subsets for investigating (the documented figures use all): e.g. BENCH_ACCOUNTS=largest
// BENCH_PAGES=floor,profile BENCH_CONCURRENCY=32.
const list = (name: string, all: readonly string[]) => (process.env[name] ? process.env[name].split(",") : all).filter((item) => all.includes(item));
const CONCURRENCIES = list("BENCH_CONCURRENCY", ["1", "32"]).map(Number);
const ACCOUNTS = list("BENCH_ACCOUNTS", ["typical", "largest"]);
const PAGES = list("BENCH_PAGES", ["floor", "team", "profile", "plan", "search", "log"]);
const SEARCH_QUERY = "qa"; // in English and Japanese notes (scripts/bench/samples.mts)

export type Row = {
  account: "typical" | "largest";
  name: "floor" | "team" | "profile" | "plan" | "search" | "log";
  path: string;
  concurrency: number;
  latencies: Latencies;
  sqlFloor?: Latencies & { statements: number };
  ratio?: number;
  written?: number;
  /** Peak RSS of the server during this run, in MB. */
  peakMb?: number;
};

const databaseUrl = requirePostgresUrl();
const startedAt = new Date();
// The machine is shared: its load before and after says how far to trust a run's figures.
const loadBefore = loadavg()[0] ?? 0;
await seedBench();
ensureBuild();

const sqlLog = join(tmpdir(), `innerview-bench-sql-${process.pid}.jsonl`);
const server = await startServer(PORT, databaseUrl, sqlLog);
const memory = sampleMemory(server.child.pid ?? 0);
const client = new pg.Client({ connectionString: databaseUrl });
await client.connect();
const rows: Row[] = [];
try {
  await removeBenchConversations();
  const actionId = logActionId();
  for (const [account, manager] of [["typical", TYPICAL_MANAGER], ["largest", LARGEST_MANAGER]] as const) {
    if (!ACCOUNTS.includes(account)) continue;
    const cookie = await signIn(server.url, manager.email, BENCH_PASSWORD);
    const memberId = account === "largest" ? LARGEST_REPORT_ID : await typicalReport(manager.id);
    const pages = {
      floor: "/bench-floor",
      team: "/team",
      profile: `/team/${memberId}`,
      plan: `/team/${memberId}/plan`,
      search: `/search?q=${SEARCH_QUERY}`,
    } as const;
    console.log(`\n${account} manager (${manager.email}), report ${memberId}`);

    // The SQL floor: each page's own statements, captured on one request and replayed.
    for (const path of Object.values(pages)) await warmUp(server.url, cookie, path);
    const floorStatements = await captureStatements(server.url, cookie, pages.floor, sqlLog);
    const captured = new Map<string, Statement[]>();
    for (const name of ["team", "profile", "plan", "search"] as const) {
      if (PAGES.includes(name)) captured.set(name, withoutFloor(await captureStatements(server.url, cookie, pages[name], sqlLog), floorStatements));
    }

    for (const concurrency of CONCURRENCIES) {
      for (const [name, path] of Object.entries(pages) as [Row["name"], string][]) {
        if (!PAGES.includes(name)) continue;
        // The SQL floor is replayed just before the page is measured, so that both see the
        // same moment of a shared machine.
        const statements = captured.get(name);
        const sqlFloor =
          statements && concurrency === 1
            ? { ...(await replay(databaseUrl, statements, Math.min(DURATION, 5))), statements: statements.length }
            : undefined;
        if (sqlFloor) console.log(`  SQL floor ${name}: ${sqlFloor.statements} statements, p95 ${sqlFloor.p95} ms`);
        memory.window();
        const { latencies } = await load(server.url, cookie, { kind: "page", path }, concurrency, DURATION);
        rows.push({ account, name, path, concurrency, latencies, sqlFloor, peakMb: memory.window() });
        console.log(`  ${name} c=${concurrency}: p95 ${latencies.p95} ms, ${latencies.throughput} req/s, errors ${latencies.errors}`);
      }
      if (!PAGES.includes("log")) continue;
      const logPath = `/team/${memberId}/log`;
      const before = await benchConversationCount();
      memory.window();
      const target: LoadTarget = { kind: "action", path: logPath, actionId, payload: (id) => logPayload(id, memberId) };
      const { latencies, okResults } = await load(server.url, cookie, target, concurrency, DURATION);
      const written = (await benchConversationCount()) - before;
      if (written !== okResults) console.warn(`  log: ${okResults} successful answers but ${written} conversations written`);
      rows.push({ account, name: "log", path: logPath, concurrency, latencies, written, peakMb: memory.window() });
      console.log(`  log c=${concurrency}: p95 ${latencies.p95} ms, ${written} conversations written, errors ${latencies.errors}`);
      await removeBenchConversations();
    }
  }
} finally {
  memory.stop();
  await removeBenchConversations().catch(() => undefined);
  await client.end();
  await server.stop();
}

// Ratio: page p95 over (its SQL floor + the framework floor), both at concurrency 1.
for (const row of rows) {
  const floor = rows.find((other) => other.account === row.account && other.name === "floor" && other.concurrency === 1);
  if (row.sqlFloor && floor && row.concurrency === 1) {
    row.ratio = Math.round((row.latencies.p95 / (row.sqlFloor.p95 + floor.latencies.p95)) * 100) / 100;
  }
}
const peakMemoryMb = Math.round(memory.peak() / 1024 / 1024);
const nodeOptions = serverNodeOptions();
const loadAverage = { before: loadBefore, after: loadavg()[0] ?? 0 };
const result = { startedAt: startedAt.toISOString(), scale: benchScale(), durationSeconds: DURATION, nodeOptions, loadAverage, peakMemoryMb, rows };
mkdirSync("bench/results", { recursive: true });
const file = `bench/results/${startedAt.toISOString().replace(/[:.]/g, "-")}.json`;
writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
printTable(rows, peakMemoryMb);
console.log(`Load average (1 min) of the machine: ${loadAverage.before.toFixed(1)} before, ${loadAverage.after.toFixed(1)} after.`);
console.log(`\nResults: ${file}`);

function ensureBuild() {
  const routes = ".next/app-path-routes-manifest.json";
  if (existsSync(routes) && readFileSync(routes, "utf8").includes("/bench-floor")) return;
  console.log("bench: no production build with the floor page: running `next build`…");
  const build = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

function logActionId(): string {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const entry = Object.entries(manifest.node).find(([, action]) => action.exportedName === "logConversationAction");
  if (!entry) throw new Error("logConversationAction is not in the build's server-reference-manifest.json.");
  return entry[0];
}

/** The typical manager's report with the median number of conversations. */
async function typicalReport(managerId: string): Promise<string> {
  const { rows: reports } = await client.query<{ id: string }>(
    `SELECT m."id" FROM "TeamMember" m LEFT JOIN "Conversation" c ON c."memberId" = m."id"
     WHERE m."managerId" = $1 GROUP BY m."id" ORDER BY count(c."id"), m."id"`,
    [managerId],
  );
  const median = reports[Math.floor(reports.length / 2)];
  if (!median) throw new Error("The typical manager has no reports.");
  return median.id;
}

function logPayload(clientRequestId: string, memberId: string) {
  // Yesterday, so that no time zone puts it in the future.
  const occurredOn = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  return {
    clientRequestId,
    memberId,
    occurredOn,
    setting: "COFFEE",
    durationMinutes: 30,
    openness: 4,
    volunteered: true,
    pulledBackAt: null,
    intention: "Hear how the first month on the new team went.",
    insights: [
      { depth: "FACTUAL", topic: "hobbies", text: "Started running on weekends with a neighbour." },
      { depth: "CAUSATIVE", topic: "motivation", text: "Moved teams to learn from people who ship every day." },
    ],
    planId: null,
  };
}

// Seeded conversations carry no clientRequestId; every one the benchmark logs does.
async function benchConversationCount(): Promise<number> {
  const { rows: counts } = await client.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "Conversation" WHERE "workspaceId" = $1 AND "clientRequestId" IS NOT NULL`,
    [BENCH_WORKSPACE_ID],
  );
  return counts[0]?.n ?? 0;
}

async function removeBenchConversations() {
  await client.query(`DELETE FROM "Conversation" WHERE "workspaceId" = $1 AND "clientRequestId" IS NOT NULL`, [BENCH_WORKSPACE_ID]);
}
