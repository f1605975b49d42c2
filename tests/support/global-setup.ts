import pg from "pg";
import { migrationScripts } from "./migrations";
import { onServer, TEMPLATE_DATABASE, withDatabase } from "./postgres-admin";

/**
 * On a Postgres server: migrate a template database once per run; each test worker then
 * copies it (CREATE DATABASE … TEMPLATE), which takes milliseconds. On PGlite each worker
 * migrates its own in-memory database instead (see test-database.ts).
 */
export default async function setup() {
  const url = process.env.DATABASE_URL;
  if (!url) return;
  await onServer(url, `DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE} WITH (FORCE)`, `CREATE DATABASE ${TEMPLATE_DATABASE}`);
  const client = new pg.Client({ connectionString: withDatabase(url, TEMPLATE_DATABASE) });
  await client.connect();
  try {
    for (const script of migrationScripts()) await client.query(script);
  } finally {
    await client.end();
  }
}
