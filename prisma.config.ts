import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { defineConfig } from "prisma/config";
import { embeddedDatabaseDir, openEmbeddedDatabase } from "./lib/db/embedded";
import { env } from "./lib/env";

// The CLI's schema engine runs as WASM and reaches the database through a driver adapter
// (Prisma 6.19 without Rust binaries: see docs/decisions/0001-prisma-without-binaries.md).

// adapter-pg 6.19 cannot read Postgres's catalog types `name` and `"char"`, which the
// schema engine selects when it inspects a database. Report them as text before it sees them.
const CATALOG_TYPE_AS_TEXT: Record<number, number> = { 19: 25, 18: 25, 1003: 1009, 1002: 1009 };

function asText(result: pg.QueryResult | undefined) {
  for (const field of result?.fields ?? []) {
    field.dataTypeID = CATALOG_TYPE_AS_TEXT[field.dataTypeID] ?? field.dataTypeID;
  }
  return result;
}

class CatalogTextClient extends pg.Client {
  // pg-pool calls this with a callback, the adapter without one: patch both forms.
  // @ts-expect-error pg's overloads cannot be re-declared; every call goes through here.
  query(...args: unknown[]) {
    const callback = args.at(-1);
    if (typeof callback === "function") {
      args[args.length - 1] = (error: Error | null, result: pg.QueryResult) =>
        callback(error, error ? result : asText(result));
    }
    // @ts-expect-error see above
    const returned = super.query(...args);
    return returned instanceof Promise ? returned.then(asText) : returned;
  }
}

function postgresAdapter(url: string) {
  const parsed = new URL(url);
  // Discrete settings, not a connection string: the adapter derives the shadow database's
  // pool by overriding `database`, which a connection string would silently win over.
  return new PrismaPg({
    host: parsed.hostname,
    port: Number(parsed.port || 5432),
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
    database: decodeURIComponent(parsed.pathname.slice(1)),
    Client: CatalogTextClient as unknown as typeof pg.Client,
    // Idle connections would keep the shadow database "accessed by other users" when dropped.
    idleTimeoutMillis: 1,
  });
}

// The CLI's update check calls a server that cannot be reached from our machines: opt out.
process.env.CHECKPOINT_DISABLE ??= "1";
// The CLI needs the schema's `url` to be set even when an adapter does the connecting;
// without it, it falls back to downloading a query engine binary.
process.env.DATABASE_URL ??= "postgres://embedded-pglite.invalid/innerview";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.mts" },
  experimental: { adapter: true },
  engine: "js",
  async adapter() {
    if (env.DATABASE_URL) return postgresAdapter(env.DATABASE_URL);
    const dir = env.PGLITE_DIR ?? embeddedDatabaseDir(env.INNERVIEW_DATA_DIR);
    return new PrismaPGlite(openEmbeddedDatabase(dir));
  },
});
