"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { runAction } from "@/lib/actions/action-result";
import { requirePermission } from "@/lib/auth/guards";
import { createMember } from "@/lib/members/create-member";
import { memberFormSchema } from "@/lib/members/schemas";
import { setMemberArchived, updateMember } from "@/lib/members/update-member";

const memberIdSchema = z.string().min(1).max(64);

export async function addMemberAction(input: unknown) {
  return runAction(memberFormSchema, input, async (member) => {
    const actor = await requirePermission("reports:manage-own");
    const created = await createMember(actor, member);
    revalidatePath("/team");
    return { id: created.id, name: member.name };
  });
}

export async function updateMemberAction(input: unknown) {
  return runAction(memberFormSchema.extend({ memberId: memberIdSchema }), input, async ({ memberId, ...member }) => {
    const actor = await requirePermission("reports:manage-own");
    await updateMember(actor, memberId, member);
    revalidatePath("/team");
    return { id: memberId };
  });
}

export async function setMemberArchivedAction(input: unknown) {
  const schema = z.object({ memberId: memberIdSchema, archived: z.boolean() });
  return runAction(schema, input, async ({ memberId, archived }) => {
    const actor = await requirePermission("reports:manage-own");
    await setMemberArchived(actor, memberId, archived);
    revalidatePath("/team");
    return { archived };
  });
}
