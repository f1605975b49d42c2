import { db } from "@/lib/db";

// A fingerprint of every table, found through information_schema so a table added later is
// covered without touching this file: its row count and a hash of all its rows.
let query: string | null = null;

async function digestQuery(): Promise<string> {
  if (query) return query;
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT table_name::text AS name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'
    ORDER BY table_name`;
  if (tables.length === 0) throw new Error("No tables found to digest");
  query = tables
    .map(({ name }) => {
      const quoted = `"${name.replaceAll('"', '""')}"`;
      return `SELECT '${name}' AS name, count(*)::int AS rows, coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') AS hash FROM ${quoted} t`;
    })
    .join(" UNION ALL ");
  return query;
}

export type Digest = Record<string, { rows: number; hash: string }>;

export async function databaseDigest(): Promise<Digest> {
  const rows = await db.$queryRawUnsafe<{ name: string; rows: number; hash: string }[]>(await digestQuery());
  return Object.fromEntries(rows.map(({ name, rows: count, hash }) => [name, { rows: count, hash }]));
}

/** The tables whose rows changed between two digests, for a readable failure. */
export function changedTables(before: Digest, after: Digest): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names].filter((name) => before[name]?.hash !== after[name]?.hash || before[name]?.rows !== after[name]?.rows).sort();
}
