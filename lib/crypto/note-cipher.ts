import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { noteKeyring, type NoteKeyring } from "@/lib/crypto/note-keys";

/**
 * AES-256-GCM for the text of notes at rest: insights, personal missions, follow-ups, and the
 * intentions and agendas of conversations and plans.
 * A stored value reads `enc:v1:<key id>:<base64url of IV ‖ ciphertext ‖ tag>`. The column it
 * belongs to is authenticated with it, so a value cannot be moved to another kind of note.
 */
export const ENCRYPTED_COLUMNS = [
  "Insight.text",
  "PersonalMissionVersion.text",
  "FollowUp.request",
  "FollowUp.action",
  "FollowUp.dropReason",
  "Milestone.title",
  "FollowUpEvent.milestoneTitle",
  "FollowUpEvent.reason",
  "Conversation.intention",
  "ConversationPlan.intention",
  "ConversationPlan.agenda",
] as const;

export type EncryptedColumn = (typeof ENCRYPTED_COLUMNS)[number];

const PREFIX = "enc:v1:";
const IV_BYTES = 12;
const TAG_BYTES = 16;

export function sealedPrefix(keyId: string): string {
  return `${PREFIX}${keyId}:`;
}

export function sealNote(column: EncryptedColumn, plain: string, keyring: NoteKeyring = noteKeyring()): string {
  const { id, key } = keyring.current;
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv).setAAD(Buffer.from(column));
  const body = Buffer.concat([iv, cipher.update(plain, "utf8"), cipher.final(), cipher.getAuthTag()]);
  return sealedPrefix(id) + body.toString("base64url");
}

export function sealOptionalNote(column: EncryptedColumn, plain: string | null, keyring?: NoteKeyring) {
  return plain === null ? null : sealNote(column, plain, keyring);
}

/**
 * The text of a stored value. A value without the prefix is text written before encryption
 * existed: it is returned as it is, and `npm run encryption:rotate` encrypts it.
 */
export function openNote(column: EncryptedColumn, stored: string, keyring: NoteKeyring = noteKeyring()): string {
  if (!stored.startsWith(PREFIX)) return stored;
  const separator = stored.indexOf(":", PREFIX.length);
  const keyId = stored.slice(PREFIX.length, separator);
  const entry = keyring.byId.get(keyId);
  if (separator === -1 || !entry) {
    throw new Error(`A note is encrypted with key ${keyId}, which is not configured (see ENCRYPTION_PREVIOUS_KEYS)`);
  }
  const body = Buffer.from(stored.slice(separator + 1), "base64url");
  const decipher = createDecipheriv("aes-256-gcm", entry.key, body.subarray(0, IV_BYTES)).setAAD(Buffer.from(column));
  decipher.setAuthTag(body.subarray(body.length - TAG_BYTES));
  return decipher.update(body.subarray(IV_BYTES, body.length - TAG_BYTES), undefined, "utf8") + decipher.final("utf8");
}

export function openOptionalNote(column: EncryptedColumn, stored: string | null, keyring?: NoteKeyring) {
  return stored === null ? null : openNote(column, stored, keyring);
}

/** The row with its `text` decrypted: insights and mission versions. */
export function withOpenText<Row extends { text: string }>(column: "Insight.text" | "PersonalMissionVersion.text", row: Row): Row {
  return { ...row, text: openNote(column, row.text) };
}

type Columns = Readonly<Record<string, EncryptedColumn>>;

function mapFields<Row extends object>(row: Row, columns: Columns, transform: (column: EncryptedColumn, value: string) => string): Row {
  const mapped: Record<string, unknown> = Object.fromEntries(Object.entries(row));
  for (const [field, column] of Object.entries(columns)) {
    const value = mapped[field];
    if (typeof value === "string") mapped[field] = transform(column, value);
  }
  return mapped as Row;
}

/** The row with each text field named in `columns` encrypted (absent and null fields stay so). */
export function sealFields<Row extends object>(row: Row, columns: Columns): Row {
  return mapFields(row, columns, (column, value) => sealNote(column, value));
}

/** The row with each text field named in `columns` decrypted. */
export function openFields<Row extends object>(row: Row, columns: Columns): Row {
  return mapFields(row, columns, (column, value) => openNote(column, value));
}
