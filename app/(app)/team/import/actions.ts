"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { type ActionResult, runAction } from "@/lib/actions/action-result";
import { requirePermission } from "@/lib/auth/guards";
import { importMembers, previewMembersImport } from "@/lib/members/import-members";
import { describePlan, describeProblem, type ImportPreview } from "./describe-import";

// Both actions take the file's whole text: the confirm parses and checks it again on the server,
// so a preview altered in the browser cannot import anything the rules refuse.
const csvSchema = z.object({ csv: z.string("required") });

/** A problem with the whole file, translated, or what the action found. */
type Checked<T> = { problem: string } | { problem: null; data: T };

/** A problem with the file is shown beside the file input, like any field error. */
function problemAsFieldError<T>(result: ActionResult<Checked<T>>): ActionResult<T> {
  if (!result.ok) return result;
  if (result.data.problem !== null) return { ok: false, fieldErrors: { csv: [result.data.problem] }, formError: null };
  return { ok: true, data: result.data.data };
}

export async function previewImportAction(input: unknown): Promise<ActionResult<ImportPreview>> {
  const result = await runAction(csvSchema, input, async ({ csv }): Promise<Checked<ImportPreview>> => {
    const actor = await requirePermission("reports:manage-own");
    const plan = await previewMembersImport(actor, csv);
    if (!plan.ok) return { problem: await describeProblem(plan.problem) };
    return { problem: null, data: await describePlan(plan) };
  });
  return problemAsFieldError(result);
}

export type ImportResult = { added: number; skipped: number; invalid: number };

export async function confirmImportAction(input: unknown): Promise<ActionResult<ImportResult>> {
  const result = await runAction(csvSchema, input, async ({ csv }): Promise<Checked<ImportResult>> => {
    const actor = await requirePermission("reports:manage-own");
    const outcome = await importMembers(actor, csv);
    if (!outcome.ok) return { problem: await describeProblem(outcome.problem) };
    revalidatePath("/team");
    const { added, skipped, invalid } = outcome;
    return { problem: null, data: { added, skipped, invalid } };
  });
  return problemAsFieldError(result);
}
