"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { runAction } from "@/lib/actions/action-result";
import { requirePermission } from "@/lib/auth/guards";
import { changeRole } from "@/lib/workspaces/change-role";

const changeRoleSchema = z.object({
  userId: z.string().min(1).max(64),
  role: z.enum(["OWNER", "MANAGER"]),
});

export async function changeRoleAction(input: unknown) {
  return runAction(changeRoleSchema, input, async ({ userId, role }) => {
    await changeRole(await requirePermission("workspace:manage-roles"), userId, role);
    revalidatePath("/settings");
    return null;
  });
}
