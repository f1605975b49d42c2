import { env } from "@/lib/env";

/** An absolute link into the app, for emails and calendar feeds (read outside the browser). */
export function appUrl(path: string): string {
  const base = env.APP_URL ?? env.NEXTAUTH_URL ?? "http://localhost:3000";
  return new URL(path, base.endsWith("/") ? base : `${base}/`).toString();
}
