"use server";

import { runAction } from "@/lib/actions/action-result";
import { getCurrentUser } from "@/lib/auth/current-user";
import { requirePermission } from "@/lib/auth/guards";
import { createConversation } from "@/lib/conversations/create-conversation";
import { conversationInputSchema, calendarDate } from "@/lib/conversations/schemas";

export async function logConversationAction(input: unknown) {
  // "Not in the future" means after today where the manager is, not where the server is.
  const today = calendarDate((await getCurrentUser())?.timeZone ?? "UTC");
  return runAction(conversationInputSchema(today), input, async (conversation) => {
    const actor = await requirePermission("reports:manage-own");
    return createConversation(actor, conversation);
  });
}
