"use server";

import { z } from "zod";
import { runAction } from "@/lib/actions/action-result";
import { requirePermission } from "@/lib/auth/guards";
import { deleteWorkspace } from "@/lib/privacy/delete-workspace";

const deleteSchema = z.object({
  confirmationName: z.string("required").trim().min(1, "required").max(200, "tooLong"),
});

export async function deleteWorkspaceAction(input: unknown) {
  return runAction(deleteSchema, input, async ({ confirmationName }) => {
    await deleteWorkspace(await requirePermission("workspace:manage-data"), confirmationName);
    return null;
  });
}
