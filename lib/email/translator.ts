import "server-only";
import { createTranslator } from "use-intl/core";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";

export type Translate = (key: string, values?: Record<string, string | number>) => string;

/**
 * Translations outside a request (calendar feeds, reminder emails), in the user's own language.
 * Keys are checked by the EN/JA parity test, not by the type system, since the messages are
 * read from files at run time.
 */
export async function translatorFor(locale: string, namespace: string): Promise<{ locale: Locale; t: Translate }> {
  const chosen: Locale = isLocale(locale) ? locale : DEFAULT_LOCALE;
  const messages = await loadMessages(chosen);
  // Typed loosely on purpose: the messages are read from files, so keys are plain strings.
  const translator = createTranslator({ locale: chosen, messages }) as unknown as Translate;
  return { locale: chosen, t: (key, values) => translator(`${namespace}.${key}`, values) };
}
