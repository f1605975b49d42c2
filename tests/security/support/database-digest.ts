import { db } from "@/lib/db";

// A fingerprint of every table, found through information_schema so a table added later is
// covered without touching this file: its row count and a hash of all its rows.
let tableNames: string[] | null = null;

async function tables(): Promise<string[]> {
  tableNames ??= (
    await db.$queryRaw<{ name: string }[]>`
      SELECT table_name::text AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'
      ORDER BY table_name`
  ).map(({ name }) => name);
  if (tableNames.length === 0) throw new Error("No tables found to digest");
  return tableNames;
}

export type Digest = Record<string, { rows: number; hash: string }>;

/**
 * Every table's row count and hash; with `mentioning`, only of the rows whose text holds one
 * of those ids (a victim's rows: their user id, their objects' ids).
 */
export async function databaseDigest(mentioning: string[] = []): Promise<Digest> {
  const filter = mentioning.length > 0 ? ` WHERE t::text ~ '${mentioning.map((id) => id.replace(/[^\w-]/g, "")).join("|")}'` : "";
  const query = (await tables())
    .map((name) => {
      const quoted = `"${name.replaceAll('"', '""')}"`;
      return `SELECT '${name}' AS name, count(*)::int AS rows, coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') AS hash FROM ${quoted} t${filter}`;
    })
    .join(" UNION ALL ");
  const rows = await db.$queryRawUnsafe<{ name: string; rows: number; hash: string }[]>(query);
  return Object.fromEntries(rows.map(({ name, rows: count, hash }) => [name, { rows: count, hash }]));
}

/** The tables whose rows changed between two digests, for a readable failure. */
export function changedTables(before: Digest, after: Digest): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names].filter((name) => before[name]?.hash !== after[name]?.hash || before[name]?.rows !== after[name]?.rows).sort();
}
