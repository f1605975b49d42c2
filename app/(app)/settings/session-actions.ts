"use server";

import { z } from "zod";
import { runAction } from "@/lib/actions/action-result";
import { requireActor } from "@/lib/auth/guards";
import { signOutEverywhere } from "@/lib/auth/sign-out-everywhere";

export async function signOutEverywhereAction(input: unknown) {
  return runAction(z.object({}), input, async () => {
    await signOutEverywhere(await requireActor());
    return null;
  });
}
