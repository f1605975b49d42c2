import { createHmac } from "node:crypto";
import { env } from "@/lib/env";
import { generatedSecret } from "@/lib/security/generated-secret";

/**
 * The keys that encrypt note text at rest (docs/decisions/0009-encryption-at-rest.md).
 * ENCRYPTION_KEY encrypts every new value; ENCRYPTION_PREVIOUS_KEYS only decrypt, until
 * `npm run encryption:rotate` has re-encrypted everything under the current key. The embedded
 * default generates a key into its data folder on first start, as it does the session secret.
 */
export type NoteKey = { id: string; key: Buffer };
export type NoteKeyring = { current: NoteKey; byId: Map<string, NoteKey> };

const KEY_BYTES = 32;

/** A key's id is derived from the key, so two keys never share one and nobody has to pick it. */
export function noteKeyId(key: Buffer): string {
  return createHmac("sha256", key).update("innerview note key id").digest("base64url").slice(0, 10);
}

export function parseNoteKey(encoded: string, variable: string): NoteKey {
  const key = Buffer.from(encoded.trim(), "base64");
  if (key.length !== KEY_BYTES) {
    throw new Error(`${variable} must be ${KEY_BYTES} random bytes in base64 (e.g. \`openssl rand -base64 32\`)`);
  }
  return { id: noteKeyId(key), key };
}

export function buildKeyring(current: string, previous: string[] = []): NoteKeyring {
  const currentKey = parseNoteKey(current, "ENCRYPTION_KEY");
  const byId = new Map<string, NoteKey>();
  for (const encoded of previous) {
    const key = parseNoteKey(encoded, "ENCRYPTION_PREVIOUS_KEYS");
    byId.set(key.id, key);
  }
  byId.set(currentKey.id, currentKey);
  return { current: currentKey, byId };
}

let cached: NoteKeyring | undefined;

export function noteKeyring(): NoteKeyring {
  return (cached ??= buildKeyring(currentKeyFromEnvironment(), previousKeysFromEnvironment()));
}

function previousKeysFromEnvironment(): string[] {
  return (env.ENCRYPTION_PREVIOUS_KEYS ?? "").split(",").filter((key) => key.trim() !== "");
}

function currentKeyFromEnvironment(): string {
  if (env.ENCRYPTION_KEY) return env.ENCRYPTION_KEY;
  if (env.DATABASE_URL && env.NODE_ENV === "production") {
    throw new Error("ENCRYPTION_KEY must be set when running on a Postgres server in production");
  }
  return generatedSecret("encryption-key", KEY_BYTES, "base64");
}
