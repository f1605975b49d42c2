import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { type MessageFormatElement, TYPE, parse } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";

type Tree = { [key: string]: string | Tree };
const MESSAGES_DIR = path.resolve(import.meta.dirname, "../../messages");

function readFiles(locale: string): Record<string, Tree> {
  const dir = path.join(MESSAGES_DIR, locale);
  return Object.fromEntries(
    readdirSync(dir)
      .filter((file) => file.endsWith(".json"))
      .map((file) => [file, JSON.parse(readFileSync(path.join(dir, file), "utf8")) as Tree]),
  );
}

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === "string") entries.set(prefix + key, value);
    else for (const [nested, text] of flatten(value, `${prefix}${key}.`)) entries.set(nested, text);
  }
  return entries;
}

// The arguments a message takes, found by the ICU parser (which also rejects a malformed message).
function argumentNames(elements: MessageFormatElement[], names = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    names.add(element.value);
    if (element.type === TYPE.tag) argumentNames(element.children, names);
    if (element.type === TYPE.select || element.type === TYPE.plural) {
      for (const option of Object.values(element.options)) argumentNames(option.value, names);
    }
  }
  return names;
}
const placeholders = (text: string) => [...argumentNames(parse(text, { ignoreTag: true }))].sort();

describe("translations", () => {
  const englishFiles = readFiles("en");
  const japaneseFiles = readFiles("ja");
  const english = flatten(Object.assign({}, ...Object.values(englishFiles)) as Tree);
  const japanese = flatten(Object.assign({}, ...Object.values(japaneseFiles)) as Tree);

  it("has the same files in both languages, and no namespace in two files", () => {
    expect(Object.keys(japaneseFiles).sort()).toEqual(Object.keys(englishFiles).sort());
    const namespaces = Object.values(englishFiles).flatMap((tree) => Object.keys(tree));
    expect(namespaces.length).toBe(new Set(namespaces).size);
  });

  it("has every English text in Japanese, and nothing else", () => {
    expect([...japanese.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it("uses the same placeholders in both languages", () => {
    for (const [key, text] of english) expect(placeholders(japanese.get(key) ?? ""), key).toEqual(placeholders(text));
  });

  it("has no empty text", () => {
    for (const [key, text] of [...english, ...japanese]) expect(text.trim(), key).not.toBe("");
  });
});
