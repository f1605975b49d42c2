import "server-only";
import { env } from "@/lib/env";
import { generatedSecret } from "@/lib/security/generated-secret";

/**
 * The key that signs session cookies. Deployments set NEXTAUTH_SECRET (every instance must
 * share it); the embedded default generates one into its data folder on first start.
 */
let cached: string | undefined;

export function authSecret(): string {
  return (cached ??= readOrCreateSecret());
}

function readOrCreateSecret(): string {
  if (env.NEXTAUTH_SECRET) return env.NEXTAUTH_SECRET;
  if (env.DATABASE_URL && env.NODE_ENV === "production") {
    throw new Error("NEXTAUTH_SECRET must be set when running on a Postgres server in production");
  }
  return generatedSecret("auth-secret", 32, "base64url");
}
