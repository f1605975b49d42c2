import "server-only";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";

export async function updatePreferences(
  actor: Pick<CurrentUser, "userId" | "workspaceId">,
  preferences: { locale?: Locale; name?: string; timeZone?: string },
) {
  const data = Object.fromEntries(Object.entries(preferences).filter(([, value]) => value !== undefined));
  await db.user.update({ where: { id: actor.userId, workspaceId: actor.workspaceId }, data });
}
