// The production server the benchmark measures: `next start` on the bench database, with the
// SQL capture preloaded, and its memory (RSS of the whole process tree) sampled.
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { BENCH_ENCRYPTION_KEY } from "@/scripts/bench/config.mts";

const NEXT_CLI = fileURLToPath(new URL("../../node_modules/next/dist/bin/next", import.meta.url));
const CAPTURE = fileURLToPath(new URL("./capture-sql.mjs", import.meta.url));
/** Known to the runner only: sessions signed with it are valid on this server alone. */
export const BENCH_NEXTAUTH_SECRET = "bench-secret-not-for-production-0123456789abcdef";

export type BenchServer = { url: string; child: ChildProcess; sqlLog: string; stop: () => Promise<void> };

export async function startServer(port: number, databaseUrl: string, sqlLog: string): Promise<BenchServer> {
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ["--import", CAPTURE, NEXT_CLI, "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      // As production runs it (`npm start`), unless BENCH_NODE_OPTIONS says otherwise.
      NODE_OPTIONS: serverNodeOptions(),
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: BENCH_NEXTAUTH_SECRET,
      ENCRYPTION_KEY: BENCH_ENCRYPTION_KEY,
      ENCRYPTION_PREVIOUS_KEYS: "",
      NEXTAUTH_URL: url,
      REMINDERS_SCHEDULER: "off",
      BENCH_SQL_LOG: sqlLog,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited:\n${output}`);
    try {
      if ((await fetch(`${url}/api/auth/csrf`)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`next start did not answer within 60 s:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
      setTimeout(() => child.kill("SIGKILL"), 5_000).unref();
    });
  return { url, child, sqlLog, stop };
}

/** The Node.js options of the measured server: BENCH_NODE_OPTIONS, else production's. */
export function serverNodeOptions(): string {
  if (process.env.BENCH_NODE_OPTIONS !== undefined) return process.env.BENCH_NODE_OPTIONS;
  // `npm start` passes package.json's config.serverNodeOptions to the server.
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { config?: { serverNodeOptions?: string } };
  return pkg.config?.serverNodeOptions ?? "";
}

/** The resident memory of a process and all its descendants, in bytes (Linux /proc). */
export function treeRss(rootPid: number): number {
  const parents = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // The command name may hold spaces: fields resume after its closing parenthesis.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      parents.set(Number(entry), Number(fields[1]));
    } catch {
      // The process ended meanwhile.
    }
  }
  const tree = new Set([rootPid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, parent] of parents) {
      if (!tree.has(pid) && tree.has(parent)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  let total = 0;
  for (const pid of tree) {
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
      total += match ? Number(match[1]) * 1024 : 0;
    } catch {
      // Gone.
    }
  }
  return total;
}

/** Samples the tree's RSS every 250 ms until stopped: the peak of the run, and of each window. */
export function sampleMemory(rootPid: number) {
  let peak = treeRss(rootPid);
  let windowPeak = peak;
  const timer = setInterval(() => {
    const rss = treeRss(rootPid);
    peak = Math.max(peak, rss);
    windowPeak = Math.max(windowPeak, rss);
  }, 250);
  return {
    peak: () => peak,
    /** The peak since the last call, in MB; starts a new window. */
    window: () => {
      const mb = Math.round(windowPeak / 1024 / 1024);
      windowPeak = treeRss(rootPid);
      return mb;
    },
    stop: () => clearInterval(timer),
  };
}
