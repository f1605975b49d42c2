"use client";

import { signIn } from "next-auth/react";

/** Signs in through next-auth; true when the credentials were accepted. */
export async function signInWithCredentials(email: string, password: string): Promise<boolean> {
  const result = await signIn("credentials", { email, password, redirect: false });
  return Boolean(result?.ok && !result.error);
}
