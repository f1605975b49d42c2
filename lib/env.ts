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
  /** The key note text is encrypted with: 32 random bytes in base64. Required on Postgres in production. */
  ENCRYPTION_KEY: optional(z.string()),
  /** Earlier keys, comma-separated, still able to decrypt until `npm run encryption:rotate` has run. */
  ENCRYPTION_PREVIOUS_KEYS: optional(z.string()),
  /** The address people open Innerview at, for links in emails and calendar feeds (else NEXTAUTH_URL). */
  APP_URL: optional(z.url()),
  /** The SMTP server reminder emails go through. Without it, reminders cannot be turned on. */
  SMTP_HOST: optional(z.string()),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(587),
  /** "true" for implicit TLS (usually port 465); otherwise STARTTLS is used when offered. */
  SMTP_SECURE: z.enum(["true", "false"]).default("false").transform((value) => value === "true"),
  SMTP_USER: optional(z.string()),
  SMTP_PASSWORD: optional(z.string()),
  /** The sender of reminder emails, e.g. "Innerview <innerview@example.com>". */
  SMTP_FROM: optional(z.string()),
  /** "off" stops the reminder scheduler inside the web server (e.g. when a cron runs `npm run reminders:send`). */
  REMINDERS_SCHEDULER: z.enum(["on", "off"]).default("on"),
  /** How often the scheduler looks for digests that are due, in seconds. */
  REMINDERS_INTERVAL_SECONDS: z.coerce.number().int().min(10).max(3600).default(60),
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
