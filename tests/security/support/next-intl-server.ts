import { createFormatter, createTranslator } from "use-intl/core";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";
import { currentLocale, currentTimeZone } from "./session";

// Stands in for `next-intl/server` outside a Next request: the same messages and the locale of
// the user the test acts as, as `lib/i18n/request.ts` would resolve them.
function locale(): Locale {
  const chosen = currentLocale();
  return isLocale(chosen) ? chosen : "en";
}

export async function getTranslations(namespace?: string | { namespace?: string }) {
  const ns = typeof namespace === "string" ? namespace : namespace?.namespace;
  const messages = await loadMessages(locale());
  return createTranslator({ locale: locale(), messages, namespace: ns as never, timeZone: currentTimeZone() });
}

export async function getFormatter() {
  return createFormatter({ locale: locale(), timeZone: currentTimeZone() });
}

export async function getLocale() {
  return locale();
}
