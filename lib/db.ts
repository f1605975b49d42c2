import "server-only";
import { createPrismaClient } from "@/lib/db/create-client";
import { env } from "@/lib/env";
import type { PrismaClient } from "@/lib/generated/prisma/client";

const globalForDb = globalThis as unknown as { prisma?: PrismaClient };

function client(): PrismaClient {
  return (globalForDb.prisma ??= createPrismaClient(env));
}

/**
 * The one Prisma client of the app. Only the data layer (`lib/<domain>/`) imports it.
 * It connects on first use, not on import, so `next build` never opens the database.
 */
export const db = new Proxy({} as PrismaClient, {
  get(_, property) {
    const value = Reflect.get(client(), property);
    return typeof value === "function" ? value.bind(client()) : value;
  },
});
