import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

// next-auth's own handler: CSRF-checked sign-in and sign-out, session reads.
const handler = NextAuth(authOptions);

export { handler as GET, handler as POST };
