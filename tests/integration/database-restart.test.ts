import { randomUUID } from "node:crypto";
import pg from "pg";
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { runAction } from "@/lib/actions/action-result";
import { createConversation } from "@/lib/conversations/create-conversation";
import { conversationInputSchema } from "@/lib/conversations/schemas";
import { db } from "@/lib/db";
import { createMember, createWorkspaceWithOwner } from "@/tests/factories";

// Outside a Next request, the real messages through the same translator (the security suite's stand-in).
vi.mock("next-intl/server", () => import("../security/support/next-intl-server"));

const RETRY_MESSAGE = "We could not reach the database. Nothing was saved — please try again in a moment.";

/** What Postgres does to every session when it restarts: ends them (SQLSTATE 57P01). */
async function terminateAppConnections() {
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  try {
    await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()");
  } finally {
    await admin.end();
  }
}

const conversation = (memberId: string) =>
  conversationInputSchema("2026-11-21").parse({
    clientRequestId: randomUUID(),
    memberId,
    occurredOn: "2026-11-20",
    setting: "WALK",
    durationMinutes: "30",
    openness: "4",
    volunteered: false,
    pulledBackAt: null,
    intention: "",
    insights: [{ depth: "FACTUAL", topic: "hometown", text: "Grew up by the sea in Kochi." }],
  });

// Only a Postgres server has connections to lose; the embedded database lives in the process.
describe.skipIf(!process.env.DATABASE_URL)("when Postgres restarts while the app is in use", () => {
  it("answers with a clear retry message at worst, recovers by itself, and keeps every acknowledged save", async () => {
    const { workspace, user } = await createWorkspaceWithOwner(db);
    const actor = { userId: user.id, workspaceId: workspace.id };
    const member = await createMember(db, { workspaceId: workspace.id, managerId: user.id });
    const saved = await createConversation(actor, conversation(member.id));

    const save = () => runAction(z.object({}), {}, () => createConversation(actor, conversation(member.id)));
    const answers = [];
    for (let attempt = 0; attempt < 3; attempt += 1) {
      // Several connections of the pool are busy when the server goes away.
      await Promise.all([db.teamMember.count(), db.conversation.count(), db.insight.count()]);
      await terminateAppConnections();
      answers.push(await save());
    }

    for (const answer of answers) {
      if (!answer.ok) expect(answer.formError).toBe(RETRY_MESSAGE);
    }
    // Without a restart of the app, the next saves go through.
    for (let attempt = 0; attempt < 3; attempt += 1) expect(await save()).toMatchObject({ ok: true });
    const acknowledged = 1 + answers.filter((answer) => answer.ok).length + 3;
    expect(await db.conversation.count({ where: { memberId: member.id } })).toBe(acknowledged);
    expect(await db.insight.count({ where: { conversationId: saved.id } })).toBe(1);
  });
});
