// Runs before `npm run dev` and `npm start`. On the embedded database it applies pending
// migrations and, on first start, seeds the demo workspace. A Postgres server is left
// alone: migrate it with `npm run db:migrate` as part of a deployment.
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
  await seedDemo({ onlyIfEmpty: true });
  await closeEmbeddedDatabases();
}
