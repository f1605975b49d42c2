import "server-only";
import { sealNote, withOpenText } from "@/lib/crypto/note-cipher";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import type { Depth } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/members/actor";
import { visibleInsights } from "@/lib/profile/visible-notes";

export type InsightEdit = {
  insightId: string;
  /** The version the manager started editing from. */
  version: number;
  depth: Depth;
  topic: string;
  text: string;
};

const CURRENT = { id: true, memberId: true, depth: true, topic: true, text: true, version: true } as const;

/**
 * Saves an edit of an insight only if nobody changed it since the manager opened it (another
 * tab, another device): otherwise nothing is written and the current insight comes back, so
 * the manager can compare instead of silently overwriting it. NOT_FOUND if the actor cannot
 * see the insight.
 */
export async function updateInsight(actor: Actor, edit: InsightEdit) {
  return db.$transaction(async (tx) => {
    const where = { id: edit.insightId, ...visibleInsights(actor) };
    const { count } = await tx.insight.updateMany({
      where: { ...where, version: edit.version },
      data: { depth: edit.depth, topic: edit.topic, text: sealNote("Insight.text", edit.text), version: { increment: 1 } },
    });
    // Our update holds the row's lock until commit: this reads our own write.
    const found = await tx.insight.findFirst({ where, select: CURRENT });
    if (!found) throw new AppError("NOT_FOUND");
    const current = withOpenText("Insight.text", found);
    return count === 1 ? { status: "updated" as const, insight: current } : { status: "conflict" as const, current };
  });
}
