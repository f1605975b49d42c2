import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ENTRY_POINTS, entryKey } from "./entry-points";

// Finds every way into the app by reading its source, as a reviewer would: files under app/
// that begin with "use server" and the functions they export, and every route.ts and the HTTP
// methods it exports. A new one must be added to the registry, with its rule, before it ships.
const ROOT = path.resolve(import.meta.dirname, "../..");
const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|js|jsx|mjs)$/.test(entry.name) ? [full] : [];
  });
}

/** The names a module exports: functions, consts, `export { a as B }` lists. */
function exportedNames(source: string): string[] {
  const names = new Set<string>();
  for (const match of source.matchAll(/export\s+(?:async\s+)?(?:function\*?|const|let|var)\s+([A-Za-z_$][\w$]*)/g)) names.add(match[1]!);
  for (const match of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const part of match[1]!.split(",")) {
      const name = part.trim().split(/\s+as\s+/).pop()?.trim();
      if (name && !name.startsWith("type ")) names.add(name);
    }
  }
  if (/export\s+default\b/.test(source)) names.add("default");
  return [...names];
}

const isServerActionFile = (source: string) => /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*["']use server["']/.test(source);

export function findEntryPoints(): string[] {
  const keys: string[] = [];
  for (const file of sourceFiles(path.join(ROOT, "app"))) {
    const relative = path.relative(ROOT, file).split(path.sep).join("/");
    const source = readFileSync(file, "utf8");
    if (/^route\.(ts|js)$/.test(path.basename(file))) {
      for (const name of exportedNames(source).filter((n) => HTTP_METHODS.includes(n))) keys.push(`${relative}#${name}`);
    } else if (isServerActionFile(source)) {
      for (const name of exportedNames(source)) keys.push(`${relative}#${name}`);
    }
  }
  return keys.sort();
}

describe("the registry of entry points", () => {
  it("lists every server action and route handler method under app/, and nothing that is gone", () => {
    const found = findEntryPoints();
    const registered = ENTRY_POINTS.map(entryKey);
    const missing = found.filter((key) => !registered.includes(key));
    const gone = registered.filter((key) => !found.includes(key));
    expect(missing, `Add these to tests/security/entry-points.ts:\n${missing.join("\n")}`).toEqual([]);
    expect(gone, `These are in tests/security/entry-points.ts but no longer in app/:\n${gone.join("\n")}`).toEqual([]);
  });

  it("finds no server action it cannot see: none inline in a function, none outside app/", () => {
    // An inline `"use server"` (inside a function of a page) or a "use server" file in lib/ or
    // components/ is an entry point too; keep them all in app/**/…actions files, which are scanned.
    const hidden = ["app", "components", "lib"]
      .flatMap((dir) => sourceFiles(path.join(ROOT, dir)))
      .filter((file) => !file.includes(`${path.sep}generated${path.sep}`))
      .filter((file) => {
        const source = readFileSync(file, "utf8");
        const directives = source.match(/^\s*["']use server["'];?\s*$/gm) ?? [];
        const atTop = isServerActionFile(source) && file.startsWith(path.join(ROOT, "app") + path.sep) ? 1 : 0;
        return directives.length > atTop;
      })
      .map((file) => path.relative(ROOT, file));
    expect(hidden, "Move these server actions into an app/**/actions.ts file and register them").toEqual([]);
  });

  it("lists each entry once", () => {
    const keys = ENTRY_POINTS.map(entryKey);
    expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([]);
  });

  it("finds what it looks for (a guard against a scan that silently finds nothing)", () => {
    const found = findEntryPoints();
    expect(found).toContain("app/(app)/team/[memberId]/actions.ts#updateInsightAction");
    expect(found).toContain("app/api/calendar/[token]/route.ts#GET");
    expect(found).toContain("app/api/auth/[...nextauth]/route.ts#POST");
    expect(found.length).toBeGreaterThanOrEqual(30);
  });

  it("says for each entry who may call it and, unless excluded with a reason, how to drive it", () => {
    for (const entry of ENTRY_POINTS) {
      if (entry.kind === "route" && entry.excluded) continue;
      const namesAnObject = !["self", "public"].includes(entry.rule);
      if (namesAnObject) expect(entry.target, `${entryKey(entry)} needs a target: its rule is ${entry.rule}`).toBeDefined();
      if (entry.kind === "route") expect(entry.baseline, entryKey(entry)).toBeDefined();
    }
  });
});
