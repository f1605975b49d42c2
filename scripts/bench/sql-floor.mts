// The SQL floor: the statements a page really runs (captured from the server by
// capture-sql.mjs on one request), replayed in order through `pg` on one connection.
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import pg from "pg";
import { type Latencies, summarize } from "@/scripts/bench/stats.mts";

export type Statement = { text: string; values: unknown[] };

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The statements one GET of `path` runs, as the server sends them to Postgres. */
export async function captureStatements(baseUrl: string, cookie: string, path: string, sqlLog: string): Promise<Statement[]> {
  writeFileSync(sqlLog, "");
  writeFileSync(`${sqlLog}.on`, "");
  await pause(250); // the server looks at the flag every 100 ms
  const response = await fetch(`${baseUrl}${path}`, { headers: { cookie }, redirect: "manual" });
  await response.text();
  if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status} while capturing its SQL.`);
  await pause(100);
  rmSync(`${sqlLog}.on`);
  await pause(250);
  if (!existsSync(sqlLog)) return [];
  return readFileSync(sqlLog, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Statement);
}

/** The page's own statements: what it runs beyond what the empty floor page runs. */
export function withoutFloor(page: Statement[], floor: Statement[]): Statement[] {
  const rest = [...page];
  for (const statement of floor) {
    const index = rest.findIndex((candidate) => candidate.text === statement.text);
    if (index >= 0) rest.splice(index, 1);
  }
  return rest;
}

/** Replays the statements in order, again and again for `seconds`; the time of each round. */
export async function replay(databaseUrl: string, statements: Statement[], seconds: number): Promise<Latencies> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const round = async () => {
      for (const statement of statements) {
        await client.query({ text: statement.text, values: statement.values, rowMode: "array" });
      }
    };
    for (let i = 0; i < 5; i += 1) await round();
    const times: number[] = [];
    const end = Date.now() + seconds * 1000;
    while (Date.now() < end) {
      const started = performance.now();
      await round();
      times.push(performance.now() - started);
    }
    return summarize(times, seconds, 0);
  } finally {
    await client.end();
  }
}
