import "server-only";
import { clientAddress, recordFailure, secondsUntilAllowed, throttleSubjects } from "@/lib/auth/throttle";
import { AppError } from "@/lib/errors/app-error";

/**
 * Creating accounts is throttled like signing in: every attempt counts against the address
 * (so one machine cannot create workspaces in bulk) and against the email asked for.
 */
export async function throttleSignUp<T>(email: string, forwardedFor: string | null, create: () => Promise<T>): Promise<T> {
  const subjects = throttleSubjects("sign-up", email, clientAddress(forwardedFor));
  if ((await secondsUntilAllowed(subjects)) > 0) throw new AppError("TOO_MANY_ATTEMPTS");
  await recordFailure(subjects);
  return create();
}
