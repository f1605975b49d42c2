"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { runAction } from "@/lib/actions/action-result";
import { requireActor } from "@/lib/auth/guards";
import { updateReminderSettings } from "@/lib/reminders/preferences";

const reminderSettingsSchema = z.object({
  // A checkbox: present ("on") when ticked, absent otherwise.
  enabled: z
    .union([z.literal("on"), z.literal("true"), z.literal("false"), z.boolean()])
    .optional()
    .transform((value) => value === "on" || value === "true" || value === true),
  time: z
    .string("required")
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "invalidTime")
    .transform((value) => Number(value.slice(0, 2)) * 60 + Number(value.slice(3, 5))),
});

export async function saveReminderSettingsAction(input: unknown) {
  return runAction(reminderSettingsSchema, input, async ({ enabled, time }) => {
    const actor = await requireActor();
    await updateReminderSettings(actor, { enabled, minutes: time });
    revalidatePath("/settings");
    return null;
  });
}
