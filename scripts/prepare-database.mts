// Runs before `npm run dev` and `npm start`. On the embedded database it applies pending
// migrations, encrypts notes not yet under the current key (written by an earlier version, or
// before a key change), and, on first start, seeds the demo workspace. A Postgres server is left
// alone: migrate it with `npm run db:migrate` and rotate keys with `npm run encryption:rotate`
// as part of a deployment.
import { noteKeyring } from "@/lib/crypto/note-keys";
import { rotateNoteKeys } from "@/lib/crypto/rotate-note-keys";
import { createPrismaClient } from "@/lib/db/create-client";
import { closeEmbeddedDatabases } from "@/lib/db/embedded";
import { env } from "@/lib/env";
import { seedDemo } from "@/prisma/seed-demo";
import { migrateDatabase } from "@/scripts/migrate-database.mts";

if (env.DATABASE_URL) {
  console.log("Innerview: using the Postgres server in DATABASE_URL.");
} else {
  console.log(`Innerview: embedded database in ${env.INNERVIEW_DATA_DIR}/ — applying migrations…`);
  try {
    await migrateDatabase();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    console.error("Innerview: migrations failed (see above). Nothing was started.");
    process.exit(1);
  }
  await encryptNotesUnderCurrentKey();
  await seedDemo({ onlyIfEmpty: true });
  await closeEmbeddedDatabases();
}

async function encryptNotesUnderCurrentKey() {
  const db = createPrismaClient(env);
  try {
    const results = await rotateNoteKeys((sql, params) => db.$queryRawUnsafe(sql, ...params), noteKeyring());
    const count = results.reduce((sum, result) => sum + result.reencrypted, 0);
    if (count > 0) console.log(`Innerview: ${count} notes encrypted under the current key.`);
  } finally {
    await db.$disconnect();
  }
}
