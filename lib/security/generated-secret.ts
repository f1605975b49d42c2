import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";

/**
 * A secret of the embedded default, kept in a file of its data folder (owner-only): read it, or
 * on first start generate `bytes` random bytes into it. When two processes start at once, the
 * one that loses the race reads the winner's file instead of overwriting it.
 */
export function generatedSecret(fileName: string, bytes: number, encoding: "base64" | "base64url"): string {
  const file = path.resolve(env.INNERVIEW_DATA_DIR, fileName);
  try {
    return readFileSync(file, "utf8").trim();
  } catch {
    mkdirSync(path.dirname(file), { recursive: true });
    const secret = randomBytes(bytes).toString(encoding);
    try {
      writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
      return secret;
    } catch {
      return readFileSync(file, "utf8").trim();
    }
  }
}
