"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { runAction } from "@/lib/actions/action-result";
import { requirePermission } from "@/lib/auth/guards";
import { insightInputSchema } from "@/lib/conversations/schemas";
import { deleteConversation, restoreConversation } from "@/lib/conversations/delete-conversation";
import { deleteInsight, restoreInsight } from "@/lib/insights/delete-insight";
import { updateInsight } from "@/lib/insights/update-insight";
import { saveMissionVersion } from "@/lib/missions/save-mission-version";
import { missionInputSchema } from "@/lib/missions/schemas";

// The profile's actions. Each one checks who is asking; the data layer then only finds rows
// that person may change, so someone else's id fails exactly like a missing one.

const id = z.string().min(1).max(64);

/** The profile shows the change, and the team page its dates and depths. */
function revalidateProfile(memberId: string) {
  revalidatePath(`/team/${memberId}`);
  revalidatePath("/team");
}

const insightEditSchema = insightInputSchema.extend({
  insightId: id,
  version: z.coerce.number().int().min(1),
});

export async function updateInsightAction(input: unknown) {
  return runAction(insightEditSchema, input, async (edit) => {
    const actor = await requirePermission("reports:manage-own");
    const result = await updateInsight(actor, edit);
    if (result.status === "updated") revalidateProfile(result.insight.memberId);
    return result;
  });
}

export async function deleteInsightAction(input: unknown) {
  return runAction(z.object({ insightId: id }), input, async ({ insightId }) => {
    const actor = await requirePermission("reports:manage-own");
    const { memberId } = await deleteInsight(actor, insightId);
    revalidateProfile(memberId);
    return null;
  });
}

export async function restoreInsightAction(input: unknown) {
  return runAction(z.object({ insightId: id }), input, async ({ insightId }) => {
    const actor = await requirePermission("reports:manage-own");
    const { memberId } = await restoreInsight(actor, insightId);
    revalidateProfile(memberId);
    return null;
  });
}

export async function deleteConversationAction(input: unknown) {
  return runAction(z.object({ conversationId: id }), input, async ({ conversationId }) => {
    const actor = await requirePermission("reports:manage-own");
    const { memberId } = await deleteConversation(actor, conversationId);
    revalidateProfile(memberId);
    return null;
  });
}

export async function restoreConversationAction(input: unknown) {
  return runAction(z.object({ conversationId: id }), input, async ({ conversationId }) => {
    const actor = await requirePermission("reports:manage-own");
    const { memberId } = await restoreConversation(actor, conversationId);
    revalidateProfile(memberId);
    return null;
  });
}

export async function saveMissionAction(input: unknown) {
  return runAction(missionInputSchema, input, async (mission) => {
    const actor = await requirePermission("reports:manage-own");
    const result = await saveMissionVersion(actor, mission);
    if (result.status === "saved") revalidateProfile(mission.memberId);
    return result;
  });
}
