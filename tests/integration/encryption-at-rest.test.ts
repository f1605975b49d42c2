import { randomBytes, randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { createConversation } from "@/lib/conversations/create-conversation";
import { conversationInputSchema } from "@/lib/conversations/schemas";
import { ENCRYPTED_COLUMNS, type EncryptedColumn, openNote, sealNote, sealedPrefix } from "@/lib/crypto/note-cipher";
import { buildKeyring, noteKeyring, type NoteKeyring } from "@/lib/crypto/note-keys";
import { rotateNoteKeys, type RunSql } from "@/lib/crypto/rotate-note-keys";
import { db } from "@/lib/db";
import { changeFollowUpStatus } from "@/lib/follow-ups/change-status";
import { createFollowUp } from "@/lib/follow-ups/create-follow-up";
import { setMilestoneDone } from "@/lib/follow-ups/milestones";
import { followUpInputSchema, statusChangeSchema } from "@/lib/follow-ups/schemas";
import { saveMissionVersion } from "@/lib/missions/save-mission-version";
import { createPlan } from "@/lib/plans/create-plan";
import { planInputSchema } from "@/lib/plans/schemas";
import { missionInputSchema } from "@/lib/missions/schemas";
import { searchNotes } from "@/lib/search/search-notes";
import { createProfileActors } from "./profile-actors";

// Issue #6, item 2: insight, personal-mission and follow-up text (and the intentions and
// agendas of conversations and plans) is AES-256-GCM ciphertext in the database, under a key id stored with each value, and the rotation command moves all of
// it to a new key without losing or double-encrypting anything, even when interrupted.

let people: Awaited<ReturnType<typeof createProfileActors>>;
const run: RunSql = (sql, params) => db.$queryRawUnsafe(sql, ...params);

beforeEach(async () => {
  people = await createProfileActors();
});

/** Writes one of every kind of encrypted note through the app, each containing `secret`. */
async function writeEveryKindOfNote(secret: string) {
  const { manager, report } = people;
  const plan = await createPlan(
    manager,
    planInputSchema.parse({ memberId: report.id, depth: "CAUSATIVE", intention: `Plan ${secret}`, plannedOn: "2026-11-20", agenda: `Agenda ${secret}` }),
  );
  await createConversation(
    manager,
    conversationInputSchema("2026-11-21").parse({
      clientRequestId: randomUUID(),
      memberId: report.id,
      occurredOn: "2026-11-20",
      setting: "COFFEE",
      durationMinutes: "20",
      openness: "4",
      volunteered: true,
      pulledBackAt: null,
      intention: `Intention ${secret}`,
      planId: plan.id,
      insights: [{ depth: "VALUES", topic: "family", text: `祖母の介護で札幌に通っている ${secret}` }],
    }),
  );
  await saveMissionVersion(manager, missionInputSchema.parse({ memberId: report.id, baseVersion: 0, text: `Mission ${secret}` }));
  const followUp = await createFollowUp(
    manager,
    followUpInputSchema.parse({ memberId: report.id, request: `Request ${secret}`, action: `Action ${secret}`, "milestones.0.title": `Milestone ${secret}` }),
  );
  const milestone = await db.milestone.findFirstOrThrow({ where: { followUpId: followUp.id } });
  await setMilestoneDone(manager, milestone.id, true);
  await changeFollowUpStatus(manager, statusChangeSchema.parse({ followUpId: followUp.id, status: "DROPPED", reason: `Reason ${secret}` }));
}

async function storedValues(column: EncryptedColumn): Promise<{ id: string; value: string }[]> {
  const [table, field] = column.split(".");
  return db.$queryRawUnsafe(`SELECT "id", "${field}" AS "value" FROM "${table}" WHERE "${field}" IS NOT NULL ORDER BY "id"`);
}

/** Every text column of every table that contains `text`: a new column cannot escape. */
async function columnsContaining(text: string): Promise<string[]> {
  const columns = await db.$queryRaw<{ table_name: string; column_name: string }[]>`
    SELECT table_name::text AS table_name, column_name::text AS column_name FROM information_schema.columns
    WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'ARRAY', 'jsonb')`;
  const found: string[] = [];
  for (const { table_name: table, column_name: column } of columns) {
    const [row] = await db.$queryRawUnsafe<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM "${table}" WHERE "${column}"::text LIKE '%' || $1 || '%'`,
      text,
    );
    if (Number(row?.count ?? 0) > 0) found.push(`${table}.${column}`);
  }
  return found;
}

/** The plain text of every encrypted value, by column and id, read with `keyring`. */
async function plainTexts(keyring: NoteKeyring) {
  const texts = new Map<string, string>();
  for (const column of ENCRYPTED_COLUMNS) {
    for (const { id, value } of await storedValues(column)) texts.set(`${column}/${id}`, openNote(column, value, keyring));
  }
  return texts;
}

describe("encryption at rest", () => {
  it("stores every note's text encrypted under the current key, readable in the app and found by search", async () => {
    const secret = `Zephyrine-${randomUUID().slice(0, 8)}`;
    await writeEveryKindOfNote(secret);

    expect(await columnsContaining(secret)).toEqual([]);
    expect(await columnsContaining("札幌")).toEqual([]);
    const prefix = sealedPrefix(noteKeyring().current.id);
    for (const column of ENCRYPTED_COLUMNS) {
      const values = await storedValues(column);
      expect(values.length, column).toBeGreaterThan(0);
      for (const { value } of values) expect(value.startsWith(prefix), column).toBe(true);
    }

    const texts = [...(await plainTexts(noteKeyring())).values()];
    expect(texts.filter((text) => text.includes(secret))).toHaveLength(ENCRYPTED_COLUMNS.length);
    const found = await searchNotes(people.manager, `${secret.toLowerCase()} 札幌`);
    expect(found.groups.flatMap((group) => group.hits.map((hit) => hit.text))).toEqual([`祖母の介護で札幌に通っている ${secret}`]);
  });

  it("moves everything to a new key, survives an interruption, keeps a concurrent edit, and never encrypts twice", async () => {
    await writeEveryKindOfNote("before rotation");
    // A note written by a version of Innerview that stored plain text.
    const legacy = await db.insight.create({
      data: { workspaceId: people.manager.workspaceId, managerId: people.manager.userId, memberId: people.report.id, depth: "FACTUAL", topic: "hometown", text: "Grew up in Kobe." },
    });
    const original = await plainTexts(noteKeyring());
    const rotated = buildKeyring(randomBytes(32).toString("base64"), [noteKeyring().current.key.toString("base64")]);

    // The process dies after its first batch.
    let batches = 0;
    const crashing = rotateNoteKeys(run, rotated, {
      batchSize: 1,
      onProgress: () => {
        if (++batches === 1) throw new Error("killed");
      },
    });
    await expect(crashing).rejects.toThrow("killed");

    // Meanwhile the app saves an edit of the legacy note under the new key.
    const edited = sealNote("Insight.text", "Grew up in Kobe, near the sea.", rotated);
    await db.insight.update({ where: { id: legacy.id }, data: { text: edited } });
    original.set(`Insight.text/${legacy.id}`, "Grew up in Kobe, near the sea.");

    const results = await rotateNoteKeys(run, rotated, { batchSize: 2 });
    expect(results.every((result) => result.remaining === 0)).toBe(true);
    // Every value was re-encrypted once: the interrupted batch and the edit are not done again.
    const total = [...original.keys()].length;
    expect(results.reduce((sum, result) => sum + result.reencrypted, 0)).toBe(total - 2);

    const prefix = sealedPrefix(rotated.current.id);
    for (const column of ENCRYPTED_COLUMNS) {
      for (const { value } of await storedValues(column)) expect(value.startsWith(prefix), column).toBe(true);
    }
    // Readable with the new key alone, word for word.
    expect(await plainTexts(buildKeyring(rotated.current.key.toString("base64")))).toEqual(original);

    const again = await rotateNoteKeys(run, rotated);
    expect(again.map((result) => result.reencrypted)).toEqual(ENCRYPTED_COLUMNS.map(() => 0));
  });
});
