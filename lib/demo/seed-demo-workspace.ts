import { randomUUID } from "node:crypto";
import { sealFields, sealNote } from "@/lib/crypto/note-cipher";
import { buildDemoRows } from "@/lib/demo/build-demo-rows";
import { tokyoWorkdayAt } from "@/lib/demo/demo-dates";
import { DEMO_MANAGER, DEMO_REPORTS, DEMO_WORKSPACE } from "@/lib/demo/demo-workspace";
import { sealEventText, sealFollowUpText, sealMilestoneTitle } from "@/lib/follow-ups/follow-up-text";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";

// No `import "server-only"` here: the seed runs from CLI scripts and tests, outside Next.js,
// where that import throws. It only touches the client it is handed.

/**
 * Writes the demo workspace, its owner (the demo manager) and five reports with months of
 * history, all dated relative to `now`. Writes nothing if the demo manager already exists.
 * The caller hashes the password, so this module never needs the hashing library.
 */
export async function seedDemoWorkspace(
  db: PrismaClient,
  now: Date,
  passwordHash: string,
): Promise<{ created: boolean }> {
  try {
    return await db.$transaction(
      async (tx) => {
        const existing = await tx.user.findUnique({ where: { email: DEMO_MANAGER.email }, select: { id: true } });
        if (existing) return { created: false };

        const workspaceId = randomUUID();
        const managerId = randomUUID();
        const setUpAt = tokyoWorkdayAt(now, DEMO_WORKSPACE.createdDaysAgo, 9, 0);
        await tx.workspace.create({
          data: { id: workspaceId, name: DEMO_WORKSPACE.name, createdAt: setUpAt, updatedAt: setUpAt },
        });
        await tx.user.create({
          data: {
            id: managerId,
            workspaceId,
            email: DEMO_MANAGER.email,
            name: DEMO_MANAGER.name,
            passwordHash,
            role: "OWNER",
            locale: DEMO_MANAGER.locale,
            timeZone: DEMO_MANAGER.timeZone,
            createdAt: setUpAt,
            updatedAt: setUpAt,
          },
        });

        // Parents before children: the composite foreign keys are checked row by row.
        const rows = buildDemoRows(DEMO_REPORTS, now, { workspaceId, managerId });
        await tx.teamMember.createMany({ data: rows.members });
        // Note text is stored encrypted, as the app writes it (lib/crypto/note-cipher.ts).
        await tx.conversation.createMany({ data: rows.conversations.map((row) => sealFields(row, { intention: "Conversation.intention" })) });
        await tx.insight.createMany({ data: rows.insights.map((row) => ({ ...row, text: sealNote("Insight.text", row.text) })) });
        await tx.followUp.createMany({ data: rows.followUps.map(sealFollowUpText) });
        await tx.milestone.createMany({ data: rows.milestones.map(sealMilestoneTitle) });
        await tx.followUpEvent.createMany({ data: rows.followUpEvents.map(sealEventText) });
        await tx.personalMissionVersion.createMany({
          data: rows.missions.map((row) => ({ ...row, text: sealNote("PersonalMissionVersion.text", row.text) })),
        });
        return { created: true };
      },
      // Generous for a slow remote database; the writes themselves are eight statements.
      { timeout: 30_000 },
    );
  } catch (error) {
    // Another process created the demo manager between our check and our insert.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return { created: false };
    }
    throw error;
  }
}
