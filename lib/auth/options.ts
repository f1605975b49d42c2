import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authSecret } from "@/lib/auth/secret";
import { attemptSignIn } from "@/lib/auth/sign-in-attempt";

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

export const authOptions: NextAuthOptions = {
  // Read on first request, not on import: `next build` must not create the embedded secret.
  get secret() {
    return authSecret();
  },
  // Sessions are signed cookies; the user row is read on every request, so a deleted user
  // or a bumped sessionVersion ("sign out everywhere") ends the session at once.
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    CredentialsProvider({
      credentials: { email: { type: "email" }, password: { type: "password" } },
      authorize(credentials, request) {
        const forwardedFor: unknown = request.headers?.["x-forwarded-for"];
        return attemptSignIn(credentials, typeof forwardedFor === "string" ? forwardedFor : null);
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sessionVersion = user.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, userId: token.sub ?? "", sessionVersion: token.sessionVersion ?? -1 };
    },
  },
};
