import { z } from "zod";

/**
 * Characters no one types on purpose, refused in every text Innerview stores (issue #6): the C0
 * control characters except tab, line feed and carriage return, DEL, and UTF-16 surrogates
 * without their pair. Postgres cannot store NUL at all, and a lone surrogate is not a character;
 * both arrive by pasting from other programs or by crafted requests. We refuse rather than strip
 * them: silently changing what a manager wrote about a person is worse than asking them to look.
 */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isPlainText(value: string): boolean {
  return !FORBIDDEN.test(value);
}

/** The translation key (under `errors.`) of the message for such a text. */
export const CONTROL_CHARACTERS_MESSAGE = "controlCharacters";

/** A string field that refuses control characters; chain `.trim()`, `.min()`, … as usual. */
export function plainText(message?: string) {
  return z.string(message).refine(isPlainText, CONTROL_CHARACTERS_MESSAGE);
}

/**
 * The paths (as form field names: `insights.0.text`) of every string in an input that is not
 * plain text, looking through objects and arrays. Server actions refuse such input before any
 * schema runs, so ids and fields without a schema of their own are covered too.
 */
export function pathsWithControlCharacters(input: unknown, path: string[] = [], seen = new Set<unknown>()): string[] {
  if (typeof input === "string") return isPlainText(input) ? [] : [path.join(".") || "form"];
  if (typeof input !== "object" || input === null || seen.has(input)) return [];
  seen.add(input);
  const entries: [string, unknown][] = Array.isArray(input)
    ? input.map((value, index) => [String(index), value])
    : Object.entries(input);
  return entries.flatMap(([key, value]) => [
    ...(isPlainText(key) ? [] : [[...path, "form"].join(".")]),
    ...pathsWithControlCharacters(value, [...path, key], seen),
  ]);
}
