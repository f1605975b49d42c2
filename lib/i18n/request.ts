import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { isLocale, LOCALE_COOKIE, type Locale } from "@/lib/i18n/locales";
import { negotiateLocale } from "@/lib/i18n/negotiate-locale";
import { loadMessages } from "@/lib/i18n/messages";

// No locale in the URL: a signed-in manager's saved language wins, then the visitor's
// choice (cookie), then the browser's Accept-Language.
async function resolveLocale(): Promise<{ locale: Locale; timeZone: string }> {
  const user = await getCurrentUser();
  if (user) return { locale: isLocale(user.locale) ? user.locale : "en", timeZone: user.timeZone };
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(chosen) ? chosen : negotiateLocale((await headers()).get("accept-language"));
  return { locale, timeZone: "UTC" };
}

export default getRequestConfig(async () => {
  const { locale, timeZone } = await resolveLocale();
  return { locale, timeZone, messages: await loadMessages(locale) };
});
