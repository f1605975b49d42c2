import { Prisma } from "@/lib/generated/prisma/client";

// Postgres codes and driver codes meaning "the database is not reachable right now":
// the user should retry; nothing was saved.
const UNAVAILABLE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "57P01", "57P02", "57P03", "08000", "08001", "08006"]);

/** Every error code along the cause chain: Prisma's, the driver adapter's, Postgres's SQLSTATE. */
function errorCodes(error: unknown): string[] {
  const codes: string[] = [];
  for (let current = error, depth = 0; current && typeof current === "object" && depth < 5; depth++) {
    const { code, originalCode, cause } = current as { code?: unknown; originalCode?: unknown; cause?: unknown };
    for (const value of [code, originalCode]) if (typeof value === "string") codes.push(value);
    current = cause;
  }
  return codes;
}

export function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientInitializationError) return true;
  return errorCodes(error).some((code) => UNAVAILABLE_CODES.has(code));
}

/** True when a write failed because a unique constraint already holds that value. */
export function isUniqueViolation(error: unknown): boolean {
  return errorCodes(error).some((code) => code === "P2002" || code === "23505");
}
