// @ts-check
// Plain JavaScript, not next.config.ts: `next start` loads this file on every start, and a
// TypeScript config makes it load the SWC compiler (~26 MB resident) just to read it.
import { PHASE_PRODUCTION_SERVER } from "next/constants.js";

/** @type {import("next").NextConfig} */
const nextConfig = {
  // PGlite ships ~15 MB of WASM and data that must be loaded from node_modules at run time,
  // not copied into the bundle; argon2 is a native addon.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@node-rs/argon2"],
  poweredByHeader: false,
};

/**
 * next-intl's plugin only configures the build (an alias for its request config), and loading
 * it loads @swc/core and a file watcher (~12 MB resident): the production server goes without.
 * @param {string} phase
 */
export default async function config(phase) {
  if (phase === PHASE_PRODUCTION_SERVER) return nextConfig;
  const { default: createNextIntlPlugin } = await import("next-intl/plugin");
  return createNextIntlPlugin("./lib/i18n/request.ts")(nextConfig);
}
