import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { embeddedDatabaseDir, openEmbeddedDatabase } from "@/lib/db/embedded";
import type { Env } from "@/lib/env";
import { PrismaClient } from "@/lib/generated/prisma/client";

/** The database the environment names: a Postgres server, or else the embedded PGlite. */
export function createPrismaClient(env: Env): PrismaClient {
  const adapter = env.DATABASE_URL
    ? new PrismaPg({ connectionString: env.DATABASE_URL, max: env.DATABASE_POOL_MAX })
    : new PrismaPGlite(openEmbeddedDatabase(env.PGLITE_DIR ?? embeddedDatabaseDir(env.INNERVIEW_DATA_DIR)));
  return new PrismaClient({ adapter });
}
