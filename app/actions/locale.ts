"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { runAction } from "@/lib/actions/action-result";
import { getCurrentUser } from "@/lib/auth/current-user";
import { LOCALE_COOKIE, LOCALES } from "@/lib/i18n/locales";
import { updatePreferences } from "@/lib/users/preferences";

const setLocaleSchema = z.object({ locale: z.enum(LOCALES) });

/** Open to visitors too: a signed-in user's choice is saved to their account, anyone's to a cookie. */
export async function setLocaleAction(input: unknown) {
  return runAction(setLocaleSchema, input, async ({ locale }) => {
    const user = await getCurrentUser();
    if (user) await updatePreferences(user, { locale });
    (await cookies()).set(LOCALE_COOKIE, locale, {
      path: "/",
      maxAge: 365 * 24 * 60 * 60,
      sameSite: "lax",
      httpOnly: true,
    });
    return null;
  });
}
