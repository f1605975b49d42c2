import "server-only";
import { recordSignInEvent } from "@/lib/audit/record-audit-event";
import { authenticate } from "@/lib/auth/authenticate";
import { signInSchema } from "@/lib/auth/schemas";
import { clearFailures, clientAddress, recordFailure, secondsUntilAllowed, throttleSubjects } from "@/lib/auth/throttle";
import { TOO_MANY_ATTEMPTS } from "@/lib/auth/throttle-error";

/**
 * One sign-in attempt as next-auth's credentials provider makes it: refused while the account
 * or the address is blocked (even with the right password), counted when it fails.
 */
export async function attemptSignIn(credentials: unknown, forwardedFor: string | null) {
  const parsed = signInSchema.safeParse(credentials);
  if (!parsed.success) return null;
  const subjects = throttleSubjects("sign-in", parsed.data.email, clientAddress(forwardedFor));
  const wait = await secondsUntilAllowed(subjects);
  // next-auth hands a thrown error's message to the client as `error`.
  if (wait > 0) {
    await recordSignInEvent(parsed.data.email, "SIGN_IN_THROTTLED");
    throw new Error(`${TOO_MANY_ATTEMPTS}:${wait}`);
  }
  const user = await authenticate(parsed.data.email, parsed.data.password);
  if (user) await clearFailures(subjects);
  else await recordFailure(subjects);
  await recordSignInEvent(parsed.data.email, user ? "SIGN_IN" : "SIGN_IN_FAILED");
  return user;
}
