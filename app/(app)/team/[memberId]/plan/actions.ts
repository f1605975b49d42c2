"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { runAction } from "@/lib/actions/action-result";
import { requirePermission } from "@/lib/auth/guards";
import { cancelPlan, createPlan } from "@/lib/plans/create-plan";
import { planInputSchema } from "@/lib/plans/schemas";

// The plan page's actions: each checks who is asking, and the data layer only finds the
// actor's own reports and plans, so anyone else's id fails exactly like a missing one.

function revalidatePlans(memberId: string) {
  revalidatePath(`/team/${memberId}/plan`);
  revalidatePath(`/team/${memberId}`);
}

export async function createPlanAction(input: unknown) {
  return runAction(planInputSchema, input, async (plan) => {
    const actor = await requirePermission("reports:manage-own");
    const created = await createPlan(actor, plan);
    revalidatePlans(created.memberId);
    return { id: created.id };
  });
}

export async function cancelPlanAction(input: unknown) {
  return runAction(z.object({ planId: z.string().min(1).max(64) }), input, async ({ planId }) => {
    const actor = await requirePermission("reports:manage-own");
    const { memberId } = await cancelPlan(actor, planId);
    revalidatePlans(memberId);
    return null;
  });
}
