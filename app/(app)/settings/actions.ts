"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { runAction } from "@/lib/actions/action-result";
import { requirePermission } from "@/lib/auth/guards";
import { emailSchema } from "@/lib/auth/schemas";
import { createInvitation, revokeInvitation } from "@/lib/workspaces/invitations";

const createInvitationSchema = z.object({
  email: z.union([z.literal("").transform(() => null), emailSchema]).default(null),
});

export async function createInvitationAction(input: unknown) {
  return runAction(createInvitationSchema, input, async ({ email }) => {
    const actor = await requirePermission("workspace:invite");
    const { token } = await createInvitation(actor, { email });
    revalidatePath("/settings");
    return { path: `/invite/${token}` };
  });
}

const revokeInvitationSchema = z.object({ invitationId: z.string().min(1).max(64) });

export async function revokeInvitationAction(input: unknown) {
  return runAction(revokeInvitationSchema, input, async ({ invitationId }) => {
    const actor = await requirePermission("workspace:invite");
    await revokeInvitation(actor, invitationId);
    revalidatePath("/settings");
    return null;
  });
}
