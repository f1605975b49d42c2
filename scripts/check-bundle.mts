// `npm run check:bundle` (issue #7): the first-load JavaScript of every signed-in route, gzip
// size, from the production build (`next build` first). Next 16 no longer prints sizes, so it is
// computed from the build's manifests: the root main files every page loads, plus every chunk
// the route's client reference manifest lists for its segments (layouts, page, loading, error
// and not-found boundaries), each file counted once — the same files Next lists per route in
// .next/diagnostics/route-bundle-stats.json. Not counted: the legacy polyfills (a `nomodule`
// script that current browsers skip) and chunks loaded later (dynamic imports, link prefetches).
// Sizes are gzip at Node's default level 6 (what Next's own compression serves; Next 15 printed
// level 9, a few hundred bytes less) in kB of 1,000 bytes, as `next build` printed them: never
// less than what it reported. Fails above the budget.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { runInNewContext } from "node:vm";
import { gzipSync } from "node:zlib";

const BUDGET_KB = Number(process.env.BUNDLE_BUDGET_KB ?? "130");
const NEXT = ".next";
const SIGNED_IN = join(NEXT, "server", "app", "(app)");

type RscManifest = { entryJSFiles?: Record<string, string[]> };

function manifestsUnder(directory: string): string[] {
  return readdirSync(directory).flatMap((entry) => {
    const path = join(directory, entry);
    if (statSync(path).isDirectory()) return manifestsUnder(path);
    return entry === "page_client-reference-manifest.js" ? [path] : [];
  });
}

function readManifest(path: string): RscManifest {
  const sandbox = { globalThis: {} as { __RSC_MANIFEST?: Record<string, RscManifest> } };
  runInNewContext(readFileSync(path, "utf8"), sandbox);
  return Object.values(sandbox.globalThis.__RSC_MANIFEST ?? {})[0] ?? {};
}

const gzipSizes = new Map<string, number>();
function gzipSize(file: string): number {
  let size = gzipSizes.get(file);
  if (size === undefined) {
    size = gzipSync(readFileSync(join(NEXT, file))).length;
    gzipSizes.set(file, size);
  }
  return size;
}

let buildManifest: { rootMainFiles: string[] };
try {
  buildManifest = JSON.parse(readFileSync(join(NEXT, "build-manifest.json"), "utf8"));
} catch {
  console.error("No production build: run `npm run build` first.");
  process.exit(2);
}

const routes = manifestsUnder(SIGNED_IN).map((path) => {
  const route = `/${relative(SIGNED_IN, path).split(sep).slice(0, -1).join("/")}`;
  const files = new Set(buildManifest.rootMainFiles);
  for (const chunks of Object.values(readManifest(path).entryJSFiles ?? {})) for (const file of chunks) files.add(file);
  const bytes = [...files].reduce((sum, file) => sum + gzipSize(file), 0);
  return { route, files: files.size, kb: Math.round((bytes / 1000) * 10) / 10 };
});
routes.sort((a, b) => a.route.localeCompare(b.route));

const width = Math.max(...routes.map((route) => route.route.length));
console.log(`${"route".padEnd(width)}  first-load JS (gzip)  files`);
for (const route of routes) {
  const flag = route.kb > BUDGET_KB ? "  over budget" : "";
  console.log(`${route.route.padEnd(width)}  ${`${route.kb.toFixed(1)} kB`.padStart(20)}  ${String(route.files).padStart(5)}${flag}`);
}
const frameworkKb = buildManifest.rootMainFiles.reduce((sum, file) => sum + gzipSize(file), 0) / 1000;
console.log(`\nOf each, ${frameworkKb.toFixed(1)} kB is the runtime every page loads (React, Next.js: build-manifest.json rootMainFiles).`);
const over = routes.filter((route) => route.kb > BUDGET_KB);
if (routes.length === 0) {
  console.error("No signed-in routes found in the build.");
  process.exit(2);
}
if (over.length > 0) {
  console.error(`\n${over.length} route(s) load more than ${BUDGET_KB} kB of JavaScript (gzip).`);
  process.exit(1);
}
console.log(`\nEvery signed-in route is within ${BUDGET_KB} kB (gzip).`);
