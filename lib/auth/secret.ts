import "server-only";
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";

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
  const file = path.resolve(env.INNERVIEW_DATA_DIR, "auth-secret");
  try {
    return readFileSync(file, "utf8").trim();
  } catch {
    mkdirSync(path.dirname(file), { recursive: true });
    const secret = randomBytes(32).toString("base64url");
    writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
    return secret;
  }
}
