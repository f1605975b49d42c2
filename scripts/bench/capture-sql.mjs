// Preloaded into the bench server (`node --import`) to capture, honestly, the SQL each page
// runs: it wraps `pg`'s Client#query (Prisma's pg adapter goes through it; Next keeps `pg`
// external, so the app and this module share one copy) and, while the flag file exists,
// appends every statement with its parameters to BENCH_SQL_LOG as a JSON line. The runner
// turns capture on for one request per page, then replays those statements through `pg`:
// that is the SQL floor. With the flag file absent the wrapper costs one boolean test.
import { appendFileSync, existsSync } from "node:fs";
import { createRequire } from "node:module";

const logPath = process.env.BENCH_SQL_LOG;
if (logPath) {
  const flagPath = `${logPath}.on`;
  let capturing = false;
  setInterval(() => {
    capturing = existsSync(flagPath);
  }, 100).unref();
  const pg = createRequire(`${process.cwd()}/package.json`)("pg");
  const query = pg.Client.prototype.query;
  pg.Client.prototype.query = function capturedQuery(config, values, callback) {
    if (capturing) {
      const text = typeof config === "string" ? config : config?.text;
      const params = typeof config === "string" ? values : (config?.values ?? values);
      if (typeof text === "string") {
        appendFileSync(logPath, `${JSON.stringify({ text, values: Array.isArray(params) ? params : [] })}\n`);
      }
    }
    return query.call(this, config, values, callback);
  };
}
