// `npm run encryption:rotate`: re-encrypts every note under ENCRYPTION_KEY, the current key,
// after a key change (the earlier key in ENCRYPTION_PREVIOUS_KEYS) or an upgrade from a version
// that stored plain text. Safe to stop and run again. See docs/decisions/0009-encryption-at-rest.md.
import { noteKeyring } from "@/lib/crypto/note-keys";
import { rotateNoteKeys } from "@/lib/crypto/rotate-note-keys";
import { createPrismaClient } from "@/lib/db/create-client";
import { closeEmbeddedDatabases } from "@/lib/db/embedded";
import { env } from "@/lib/env";

const db = createPrismaClient(env);
const keyring = noteKeyring();
console.log(`Re-encrypting notes under key ${keyring.current.id}…`);
// A running count on a terminal; logs (a deployment job) get only the summary.
const showProgress = process.stdout.isTTY;
const results = await rotateNoteKeys((sql, params) => db.$queryRawUnsafe(sql, ...params), keyring, {
  onProgress: (column, done) => showProgress && process.stdout.write(`\x1b[2K\r  ${column}: ${done}`),
});
if (showProgress) process.stdout.write("\x1b[2K\r");
for (const { column, reencrypted, remaining } of results) {
  console.log(`  ${column.padEnd(30)} ${String(reencrypted).padStart(8)} re-encrypted${remaining > 0 ? `, ${remaining} left` : ""}`);
}
const left = results.reduce((sum, result) => sum + result.remaining, 0);
console.log(
  left === 0
    ? "Done: every note is under the current key. Earlier keys can be removed from ENCRYPTION_PREVIOUS_KEYS."
    : `${left} notes changed while this ran: run it again.`,
);
await db.$disconnect();
await closeEmbeddedDatabases();
process.exitCode = left === 0 ? 0 : 1;
