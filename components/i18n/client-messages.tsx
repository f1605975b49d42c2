import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { pickMessages } from "@/lib/i18n/client-messages";

/**
 * Gives the client components below it the message namespaces they use, and only those: a
 * nested provider replaces the root layout's messages rather than adding to them, so the list
 * names everything the page's client components need (checked by lib/i18n/client-messages.test.ts).
 */
export async function ClientMessages({ namespaces, children }: { namespaces: readonly string[]; children: ReactNode }) {
  return <NextIntlClientProvider messages={pickMessages(await getMessages(), namespaces)}>{children}</NextIntlClientProvider>;
}
