"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/action-result";
import { getCurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/guards";
import { conversationEditSchema, calendarDate } from "@/lib/conversations/schemas";
import { updateConversation } from "@/lib/conversations/update-conversation";

export async function updateConversationAction(input: unknown) {
  const today = calendarDate((await getCurrentUser())?.timeZone ?? "UTC");
  return runAction(conversationEditSchema(today), input, async (edit) => {
    const actor = await requirePermission("reports:manage-own");
    await updateConversation(actor, edit);
    revalidatePath("/team", "layout");
    return null;
  });
}
