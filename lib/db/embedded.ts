import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";

// PGlite is single-writer: two instances on one directory corrupt it. One instance per
// directory per process, kept on globalThis so dev reloads and duplicated bundles share it.
const globalForPglite = globalThis as unknown as { pgliteByDir?: Map<string, PGlite> };

export const IN_MEMORY = "memory://";

/** Opens (once per process) the embedded Postgres at `dir`, or in memory for "memory://". */
export function openEmbeddedDatabase(dir: string): PGlite {
  const cache = (globalForPglite.pgliteByDir ??= new Map());
  const key = dir === IN_MEMORY ? dir : path.resolve(dir);
  let pglite = cache.get(key);
  if (!pglite) {
    if (key !== IN_MEMORY) mkdirSync(key, { recursive: true });
    pglite = new PGlite(key);
    cache.set(key, pglite);
  }
  return pglite;
}

/** Closes every embedded database this process opened: scripts do not exit while one is open. */
export async function closeEmbeddedDatabases(): Promise<void> {
  const cache = globalForPglite.pgliteByDir;
  if (!cache) return;
  await Promise.all([...cache.values()].map((pglite) => pglite.close()));
  cache.clear();
}

export function embeddedDatabaseDir(dataDir: string): string {
  return path.join(dataDir, "pglite");
}
