import { z } from "zod";

// Empty variables (e.g. `DATABASE_URL=` in a .env file) mean "not set".
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** A Postgres server. Without it, the app runs on the embedded PGlite database. */
  DATABASE_URL: optional(
    z.string().regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgres:// URL"),
  ),
  DATABASE_POOL_MAX: z.coerce.number().int().positive().default(10),
  /** Where the embedded database and its generated secrets live. */
  INNERVIEW_DATA_DIR: z.string().default(".data"),
  /** Overrides where the embedded database lives; "memory://" keeps it in memory (tests). */
  PGLITE_DIR: optional(z.string()),
  NEXTAUTH_SECRET: optional(z.string().min(32, "NEXTAUTH_SECRET needs at least 32 characters")),
  NEXTAUTH_URL: optional(z.url()),
});

export type Env = z.infer<typeof envSchema>;

function parseEnv(): Env {
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    throw new Error(`Invalid environment:\n${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

export const env = parseEnv();
