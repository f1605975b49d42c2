import "server-only";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { Locale } from "@/lib/i18n/locales";

export type Messages = Record<string, unknown>;

// Each feature keeps its texts in messages/<locale>/<feature>.json under namespaces of its own;
// a locale's messages are all of its files together, read once per process.
const MESSAGES_DIR = path.join(process.cwd(), "messages");
const loaded = new Map<Locale, Promise<Messages>>();

async function readLocale(locale: Locale): Promise<Messages> {
  const dir = path.join(MESSAGES_DIR, locale);
  const files = (await readdir(dir)).filter((file) => file.endsWith(".json")).sort();
  const parts = await Promise.all(files.map(async (file) => JSON.parse(await readFile(path.join(dir, file), "utf8")) as Messages));
  return Object.assign({}, ...parts) as Messages;
}

export function loadMessages(locale: Locale): Promise<Messages> {
  let messages = loaded.get(locale);
  if (!messages) {
    messages = readLocale(locale);
    loaded.set(locale, messages);
  }
  return messages;
}
