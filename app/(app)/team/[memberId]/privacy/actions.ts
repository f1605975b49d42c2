"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { runAction } from "@/lib/actions/action-result";
import { requirePermission } from "@/lib/auth/guards";
import { eraseReport } from "@/lib/privacy/erase-report";

const eraseSchema = z.object({
  memberId: z.string().min(1).max(64),
  confirmationName: z.string("required").trim().min(1, "required").max(200, "tooLong"),
});

export async function eraseReportAction(input: unknown) {
  return runAction(eraseSchema, input, async ({ memberId, confirmationName }) => {
    const actor = await requirePermission("reports:manage-own");
    await eraseReport(actor, memberId, confirmationName);
    revalidatePath("/team");
    return null;
  });
}
