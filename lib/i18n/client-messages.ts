import type { Messages } from "@/lib/i18n/messages";

/**
 * What the root layout gives the browser: the namespaces of the client components every page may
 * show outside a page's own <ClientMessages> (the header's navigation and account menu, the
 * language switch, the error boundaries). A page whose client components need more wraps them
 * in <ClientMessages namespaces={[…]}>; client-messages.test.ts checks both lists against the
 * code. Sending every message into every page cost ~13 kB gzip of each HTML document (issue #7).
 */
export const SHELL_NAMESPACES = ["audit", "common", "language", "nav", "profile"] as const;

/** The top-level namespaces asked for, and nothing else. */
export function pickMessages(messages: Messages, namespaces: readonly string[]): Messages {
  return Object.fromEntries(namespaces.filter((namespace) => namespace in messages).map((namespace) => [namespace, messages[namespace]]));
}
