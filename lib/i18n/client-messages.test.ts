import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SHELL_NAMESPACES } from "@/lib/i18n/client-messages";
import { clientNamespaces } from "@/lib/i18n/client-namespaces-scan";

// Every page, layout and boundary gives its client components the messages they use: the root
// layout's SHELL_NAMESPACES, or the list of the <ClientMessages> the file wraps its content in.
// A client component asking for every message (`useTranslations()`) shows up as "*" and fails.
const APP = path.resolve(import.meta.dirname, "../../app");
const ROUTE_FILE = /^(page|layout|error|not-found|loading|template)\.tsx$/;
const DECLARED = /<ClientMessages\s+namespaces=\{\[([^\]]*)\]\}/;

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return ROUTE_FILE.test(entry.name) ? [full] : [];
  });
}

describe("messages sent to the browser", () => {
  for (const file of routeFiles(APP)) {
    const name = path.relative(APP, file);
    it(`${name} gives its client components every namespace they use, and no other`, () => {
      const needed = [...clientNamespaces(file)].sort();
      const declared = DECLARED.exec(readFileSync(file, "utf8"))?.[1];
      if (declared === undefined) {
        expect(needed.filter((namespace) => !(SHELL_NAMESPACES as readonly string[]).includes(namespace))).toEqual([]);
      } else {
        expect([...declared.matchAll(/["']([^"']+)["']/g)].map((match) => match[1]).sort()).toEqual(needed);
      }
    });
  }

});
