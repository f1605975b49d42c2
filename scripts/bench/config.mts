// What the benchmark builds and who it signs in as. Shared by `bench:seed` and `bench`.

/** BENCH_SCALE shrinks the workspace for development (e.g. 0.05); the figures in docs are at 1. */
export function benchScale(): number {
  const scale = Number(process.env.BENCH_SCALE ?? "1");
  if (!Number.isFinite(scale) || scale <= 0 || scale > 1) throw new Error("BENCH_SCALE must be a number in (0, 1].");
  return scale;
}

export function benchSizes(scale: number) {
  const managers = Math.max(4, Math.round(200 * scale));
  const reports = Math.max(managers * 2, Math.round(2_000 * scale));
  const conversations = Math.max(reports * 3, Math.round(60_000 * scale));
  return {
    managers,
    reports,
    conversations,
    /** Five per conversation: 300,000 at scale 1. */
    insightsPerConversation: 5,
    /** One conversation in three raised a follow-up: 20,000 at scale 1. */
    followUpEvery: 3,
    /** The manager with the largest history leads this many reports... */
    largestTeam: Math.max(10, Math.round(40 * Math.sqrt(scale))),
    /** ...one of whom they have talked with this many times (every 3 days for ~5 years). */
    largestHistory: Math.max(60, Math.round(600 * Math.sqrt(scale))),
  };
}

export const BENCH_WORKSPACE_ID = "bench-workspace";
export const BENCH_PASSWORD = "bench-coffee-and-trust";
/** A manager with a typical history: about ten reports, about thirty conversations each. */
export const TYPICAL_MANAGER = { id: "bench-u-2", email: "bench-typical@innerview.bench" };
/** The manager with the largest history: the biggest team and the longest relationship. */
export const LARGEST_MANAGER = { id: "bench-u-1", email: "bench-largest@innerview.bench" };
/** The report the largest manager has talked with most. */
export const LARGEST_REPORT_ID = "bench-m-1";

/** The marker of a complete bench workspace: its name, written last. */
/** "encrypted": a workspace seeded before note text was encrypted at rest is rebuilt. */
export function completeName(scale: number): string {
  return `Innerview bench (scale ${scale}, encrypted) complete`;
}

/** The note encryption key of the bench database, known to the seed and the server it measures. */
export const BENCH_ENCRYPTION_KEY = Buffer.alloc(32, "innerview-bench").toString("base64");

export function requirePostgresUrl(): string {
  const url = process.env.DATABASE_URL ?? "";
  if (!/^postgres(ql)?:\/\//.test(url)) {
    console.error(
      "The benchmark needs a Postgres server: set DATABASE_URL, e.g.\n" +
        "  createdb -h 127.0.0.1 -U postgres innerview_bench\n" +
        "  DATABASE_URL=postgres://postgres@127.0.0.1:5432/innerview_bench npm run bench\n" +
        "It refuses the embedded PGlite database: its figures would say nothing about production.",
    );
    process.exit(2);
  }
  return url;
}
