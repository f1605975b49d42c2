import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

// Which message namespaces the client components under a page, layout or boundary file use:
// the file's imports are followed; below a "use client" module every import is client code too,
// and its `useTranslations("…")` calls name what the browser needs. A call without a namespace
// needs every message ("*"). Used by the test that keeps each page's <ClientMessages> complete.

const ROOT = process.cwd();
const IMPORT = /(?:import|export)\s[^;]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;
const NAMESPACE = /useTranslations\(\s*(?:["']([^"'.]+)[^"']*["'])?\s*\)/g;

function resolve(from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith("@/")) base = path.join(ROOT, specifier.slice(2));
  else if (specifier.startsWith(".")) base = path.resolve(path.dirname(from), specifier);
  else return null;
  for (const candidate of [base, `${base}.tsx`, `${base}.ts`, path.join(base, "index.tsx"), path.join(base, "index.ts")]) {
    if (/\.tsx?$/.test(candidate) && existsSync(candidate)) return candidate;
  }
  return null;
}

const isDirective = (source: string, directive: string) => new RegExp(`^\\s*["']${directive}["']`).test(source);

export function clientNamespaces(file: string): Set<string> {
  const namespaces = new Set<string>();
  const seen = new Set<string>();
  const visit = (current: string, client: boolean) => {
    const key = `${current}:${client}`;
    if (seen.has(key)) return;
    seen.add(key);
    const source = readFileSync(current, "utf8");
    // Server actions run on the server whoever imports them.
    if (isDirective(source, "use server")) return;
    const inClient = client || isDirective(source, "use client");
    if (inClient) for (const match of source.matchAll(NAMESPACE)) namespaces.add(match[1] ?? "*");
    for (const match of source.matchAll(IMPORT)) {
      const target = resolve(current, match[1] ?? match[2] ?? "");
      if (target) visit(target, inClient);
    }
  };
  visit(path.resolve(ROOT, file), false);
  return namespaces;
}
