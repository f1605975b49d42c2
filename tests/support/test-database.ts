import { beforeEach } from "vitest";
import { IN_MEMORY, openEmbeddedDatabase } from "@/lib/db/embedded";
import { migrationScripts } from "./migrations";
import { onServer, TEMPLATE_DATABASE, withDatabase } from "./postgres-admin";

// Each worker process gets its own database, created once, and every test starts on empty
// tables. Runs before the test file's imports, so `lib/env` sees the worker's database.
const state = globalThis as unknown as { innerviewTestDatabase?: Promise<void> };

async function createWorkerDatabase(): Promise<void> {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const name = `innerview_test_worker_${process.env.VITEST_POOL_ID ?? process.pid}`;
    await onServer(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`, `CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DATABASE}`);
    process.env.DATABASE_URL = withDatabase(serverUrl, name);
  } else {
    process.env.PGLITE_DIR = IN_MEMORY;
    const pglite = openEmbeddedDatabase(IN_MEMORY);
    for (const script of migrationScripts()) await pglite.exec(script);
  }
}

await (state.innerviewTestDatabase ??= createWorkerDatabase());

beforeEach(async () => {
  const { db } = await import("@/lib/db");
  const tables = await db.$queryRaw<{ tablename: string }[]>`
    SELECT tablename::text AS tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`;
  const list = tables.map(({ tablename }) => `"${tablename}"`).join(", ");
  if (list) await db.$executeRawUnsafe(`TRUNCATE TABLE ${list} CASCADE`);
});
