// `npm run db:seed`: adds the demo workspace to the configured database (idempotent).
import { closeEmbeddedDatabases } from "@/lib/db/embedded";
import { seedDemo } from "@/prisma/seed-demo";

await seedDemo({ onlyIfEmpty: false });
await closeEmbeddedDatabases();
