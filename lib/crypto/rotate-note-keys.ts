import { ENCRYPTED_COLUMNS, type EncryptedColumn, openNote, sealNote, sealedPrefix } from "@/lib/crypto/note-cipher";
import type { NoteKeyring } from "@/lib/crypto/note-keys";

/** Runs one SQL statement with positional parameters and returns its rows. */
export type RunSql = (sql: string, params: unknown[]) => Promise<Record<string, unknown>[]>;

export type ColumnRotation = { column: EncryptedColumn; reencrypted: number; remaining: number };

/**
 * Re-encrypts every note value that is not yet under the keyring's current key (values under an
 * earlier key, and text written before encryption existed). Each batch is one UPDATE that only
 * replaces a value still equal to what was read, so a note edited meanwhile keeps its edit (the
 * app wrote it under the current key). A crash loses nothing: every value is, at all times,
 * either the old ciphertext or the new one, and a run skips what is already done, so running it
 * again finishes the work without encrypting anything twice.
 */
export async function rotateNoteKeys(
  run: RunSql,
  keyring: NoteKeyring,
  { batchSize = 500, onProgress }: { batchSize?: number; onProgress?: (column: EncryptedColumn, done: number) => void } = {},
): Promise<ColumnRotation[]> {
  const prefix = sealedPrefix(keyring.current.id);
  const results: ColumnRotation[] = [];
  for (const column of ENCRYPTED_COLUMNS) {
    const [table, field] = column.split(".") as [string, string];
    const stale = `"${field}" IS NOT NULL AND NOT starts_with("${field}", $1)`;
    let reencrypted = 0;
    let after = "";
    for (;;) {
      const rows = (await run(
        `SELECT "id", "${field}" AS "value" FROM "${table}" WHERE ${stale} AND "id" > $2 ORDER BY "id" LIMIT $3`,
        [prefix, after, batchSize],
      )) as { id: string; value: string }[];
      if (rows.length === 0) break;
      const sealed = rows.map((row) => sealNote(column, openNote(column, row.value, keyring), keyring));
      const updated = await run(
        `UPDATE "${table}" AS t SET "${field}" = v."sealed"
         FROM unnest($1::text[], $2::text[], $3::text[]) AS v("id", "old", "sealed")
         WHERE t."id" = v."id" AND t."${field}" = v."old"
         RETURNING t."id"`,
        [rows.map((row) => row.id), rows.map((row) => row.value), sealed],
      );
      reencrypted += updated.length;
      after = rows.at(-1)?.id ?? after;
      onProgress?.(column, reencrypted);
    }
    const [count] = await run(`SELECT count(*)::int AS "remaining" FROM "${table}" WHERE ${stale}`, [prefix]);
    results.push({ column, reencrypted, remaining: Number(count?.remaining ?? 0) });
  }
  return results;
}
