// `npm run db:migrate`: `prisma migrate deploy` on the configured database, ended once it says
// it is done. On PGlite the CLI sometimes never exits after its work (seen: minutes, at random),
// so waiting for the process is not enough. Exits non-zero when migrating failed.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const PRISMA_CLI = fileURLToPath(new URL("../node_modules/prisma/build/index.js", import.meta.url));
const DONE = /All migrations have been successfully applied\.|No pending migrations to apply\./;
const GRACE_MS = 2_000;

export function migrateDatabase(): Promise<void> {
  return new Promise((resolve, reject) => {
    const cli = spawn(process.execPath, [PRISMA_CLI, "migrate", "deploy"], { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    let done = false;
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (!done && DONE.test(output)) {
        done = true;
        // The migrations are committed; give the CLI a moment to exit on its own.
        setTimeout(() => cli.kill(), GRACE_MS).unref();
      }
    };
    cli.stdout.on("data", collect);
    cli.stderr.on("data", collect);
    cli.on("error", reject);
    cli.on("close", (code) => (done || code === 0 ? resolve() : reject(new Error(`prisma migrate deploy failed:\n${output}`))));
  });
}

// Run directly (not imported): migrate and report.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    await migrateDatabase();
    console.log("Migrations applied.");
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
