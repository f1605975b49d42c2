// `npm run db:migrate:dev -- <name>`: writes a new migration with the SQL that turns the last
// committed `prisma/schema.prisma` into the one in the working tree. `prisma migrate dev` needs
// a shadow database, which the CLI cannot create through a driver adapter (our only way to
// connect, see docs/decisions/0001), so the difference is computed from the two schema files.
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:migrate:dev -- <name_in_snake_case>");
  process.exit(2);
}

const committed = path.join(mkdtempSync(path.join(tmpdir(), "innerview-schema-")), "schema.prisma");
writeFileSync(committed, execFileSync("git", ["show", "HEAD:prisma/schema.prisma"]));
const sql = await prismaOutput(["migrate", "diff", "--from-schema-datamodel", committed, "--to-schema-datamodel", "prisma/schema.prisma", "--script"]);
if (!sql.replace(/^--.*$/gm, "").trim()) {
  console.log("prisma/schema.prisma has no change since the last commit: no migration written.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join("prisma", "migrations", `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, "migration.sql"), sql);
console.log(`Wrote ${dir}/migration.sql — read it, then run npm run db:migrate.`);

// The CLI prints the whole script at once, then sometimes never exits (as with migrate deploy,
// see migrate-database.mts): take its output once it has been quiet for a moment.
function prismaOutput(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const cli = spawn(process.execPath, ["node_modules/prisma/build/index.js", ...args], { stdio: ["ignore", "pipe", "inherit"] });
    let output = "";
    let quiet: NodeJS.Timeout | undefined;
    cli.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      clearTimeout(quiet);
      quiet = setTimeout(() => cli.kill(), 2_000);
    });
    cli.on("error", reject);
    cli.on("close", (code) => (output || code === 0 ? resolve(output) : reject(new Error(`prisma ${args[0]} failed`))));
  });
}
