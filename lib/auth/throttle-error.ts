/** The error a throttled sign-in returns, as `TooManyAttempts:<seconds>`; shared with the browser. */
export const TOO_MANY_ATTEMPTS = "TooManyAttempts";

/** Seconds to wait, when a sign-in error says the attempt was throttled; otherwise null. */
export function retryAfterSeconds(error: string | null | undefined): number | null {
  const match = error?.match(new RegExp(`^${TOO_MANY_ATTEMPTS}:(\\d+)$`));
  return match ? Number(match[1]) : null;
}
