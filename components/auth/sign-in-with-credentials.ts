"use client";

import { signIn } from "next-auth/react";
import { retryAfterSeconds } from "@/lib/auth/throttle-error";

export type SignInOutcome = { ok: true } | { ok: false; retryAfterSeconds: number | null };

/** Signs in through next-auth; says how long to wait when too many attempts failed. */
export async function signInWithCredentials(email: string, password: string): Promise<SignInOutcome> {
  const result = await signIn("credentials", { email, password, redirect: false });
  if (result?.ok && !result.error) return { ok: true };
  return { ok: false, retryAfterSeconds: retryAfterSeconds(result?.error) };
}
