// One autocannon run: a fixed duration at a fixed concurrency, every response time collected
// (autocannon's own histogram has no p95).
import { randomUUID } from "node:crypto";
import autocannon from "autocannon";
import { type Latencies, summarize } from "@/scripts/bench/stats.mts";

export type LoadTarget =
  | { kind: "page"; path: string }
  | { kind: "action"; path: string; actionId: string; payload: (clientRequestId: string) => unknown };

export async function load(baseUrl: string, cookie: string, target: LoadTarget, connections: number, seconds: number) {
  const times: number[] = [];
  let okResults = 0;
  const headers: Record<string, string> = { cookie };
  const options: autocannon.Options = {
    url: `${baseUrl}${target.path}`,
    connections,
    duration: seconds,
    timeout: 10,
    headers,
  };
  if (target.kind === "action") {
    // As the browser calls a server action in Next 16: POST to the page with the action's id
    // in `Next-Action` and the arguments as a JSON array; the answer is an RSC stream.
    options.requests = [
      {
        method: "POST",
        path: target.path,
        headers: { ...headers, "next-action": target.actionId, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component" },
        setupRequest: (request) => ({ ...request, body: JSON.stringify([target.payload(randomUUID())]) }),
        onResponse: (status, body) => {
          if (status === 200 && body.includes('"ok":true')) okResults += 1;
        },
      },
    ];
  }
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(options, (error, finished) => (error ? reject(error) : resolve(finished)));
    instance.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
  const errors = result.non2xx + result.errors + result.timeouts;
  return { latencies: summarize(times, seconds, errors) as Latencies, okResults };
}

/** A few requests first, so the first measured one does not pay for compiling or connecting. */
export async function warmUp(baseUrl: string, cookie: string, path: string, times = 3) {
  for (let i = 0; i < times; i += 1) {
    const response = await fetch(`${baseUrl}${path}`, { headers: { cookie }, redirect: "manual" });
    await response.text();
    if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}: is the session valid?`);
  }
}
