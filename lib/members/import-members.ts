import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { type Actor, ownReports } from "@/lib/members/actor";
import { countByStatus, type ImportPlan, planMembersImport } from "@/lib/members/csv-import";
import type { CsvProblem } from "@/lib/members/parse-members-csv";

type Client = Prisma.TransactionClient;

/** Everyone the actor manages, archived reports included: re-importing must not bring back a copy. */
function identitiesOfReports(client: Client, actor: Actor) {
  return client.teamMember.findMany({ where: ownReports(actor), select: { name: true, team: true, email: true, archivedAt: true } });
}

/** What importing `csv` would do for the actor now; nothing is written. */
export async function previewMembersImport(actor: Actor, csv: string): Promise<ImportPlan> {
  return planMembersImport(csv, await identitiesOfReports(db, actor));
}

export type ImportOutcome =
  | { ok: true; added: number; skipped: number; invalid: number }
  | { ok: false; problem: CsvProblem };

/**
 * Adds the file's valid, new rows to the actor's team in one transaction: all of them or none.
 * The file is parsed and checked against the team again here; the preview proves nothing.
 */
export async function importMembers(actor: Actor, csv: string): Promise<ImportOutcome> {
  return db.$transaction(async (tx) => {
    // One import at a time per manager, so a double click or a second tab waits and then sees
    // the rows the first one added, instead of both finding them new.
    const lockKey = `members-import:${actor.workspaceId}:${actor.userId}`;
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${lockKey}, 0))`;

    const plan = planMembersImport(csv, await identitiesOfReports(tx, actor));
    if (!plan.ok) return plan;
    const { count } = await tx.teamMember.createMany({
      data: plan.toAdd.map((member) => ({ ...member, ...ownReports(actor), languages: [] })),
    });
    // Skipped: already on the team, or repeating an earlier row. Rows with errors are counted apart.
    const { invalid } = countByStatus(plan.rows);
    return { ok: true, added: count, skipped: plan.rows.length - count - invalid, invalid };
  });
}
