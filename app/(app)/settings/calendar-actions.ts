"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { runAction } from "@/lib/actions/action-result";
import { requireActor } from "@/lib/auth/guards";
import { regenerateCalendarToken, revokeCalendarToken } from "@/lib/calendar/feed-token";

const empty = z.object({});

/** A new secret feed URL for the signed-in manager; the old one stops working. */
export async function regenerateCalendarFeedAction(input: unknown) {
  return runAction(empty, input ?? {}, async () => {
    const actor = await requireActor();
    const { token } = await regenerateCalendarToken(actor);
    revalidatePath("/settings");
    return { path: `/api/calendar/${token}.ics` };
  });
}

export async function revokeCalendarFeedAction(input: unknown) {
  return runAction(empty, input ?? {}, async () => {
    const actor = await requireActor();
    await revokeCalendarToken(actor);
    revalidatePath("/settings");
    return null;
  });
}
