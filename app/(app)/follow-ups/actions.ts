"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/action-result";
import { requirePermission } from "@/lib/auth/guards";
import { changeFollowUpStatus } from "@/lib/follow-ups/change-status";
import { createFollowUp } from "@/lib/follow-ups/create-follow-up";
import { addMilestone, setMilestoneDone } from "@/lib/follow-ups/milestones";
import { addMilestoneSchema, followUpInputSchema, milestoneToggleSchema, statusChangeSchema } from "@/lib/follow-ups/schemas";

// Follow-up actions. Each checks who is asking; the data layer then only finds follow-ups the
// actor wrote about their own reports, so anyone else's id fails exactly like a missing one.

/** The follow-ups page, the profile and the team page's count all show the change. */
function revalidateFollowUps(memberId: string) {
  revalidatePath("/follow-ups");
  revalidatePath(`/team/${memberId}`);
  revalidatePath("/team");
}

export async function createFollowUpAction(input: unknown) {
  return runAction(followUpInputSchema, input, async (followUp) => {
    const actor = await requirePermission("reports:manage-own");
    const created = await createFollowUp(actor, followUp);
    revalidateFollowUps(created.memberId);
    return created;
  });
}

export async function changeFollowUpStatusAction(input: unknown) {
  return runAction(statusChangeSchema, input, async (change) => {
    const actor = await requirePermission("reports:manage-own");
    const result = await changeFollowUpStatus(actor, change);
    revalidateFollowUps(result.memberId);
    return result;
  });
}

export async function setMilestoneDoneAction(input: unknown) {
  return runAction(milestoneToggleSchema, input, async ({ milestoneId, done }) => {
    const actor = await requirePermission("reports:manage-own");
    const result = await setMilestoneDone(actor, milestoneId, done);
    revalidateFollowUps(result.memberId);
    return result;
  });
}

export async function addMilestoneAction(input: unknown) {
  return runAction(addMilestoneSchema, input, async (milestone) => {
    const actor = await requirePermission("reports:manage-own");
    const result = await addMilestone(actor, milestone);
    revalidateFollowUps(result.memberId);
    return null;
  });
}
