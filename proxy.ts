import { type NextRequest, NextResponse } from "next/server";
import { env } from "@/lib/env";
import { securityHeaders } from "@/lib/security/security-headers";

/** Every page gets a fresh script nonce and the security headers (lib/security/security-headers.ts). */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const https = request.headers.get("x-forwarded-proto") === "https" || request.nextUrl.protocol === "https:";
  const headers: Record<string, string> = securityHeaders(nonce, { development: env.NODE_ENV === "development", https });

  // Next.js reads the policy from the request to put the nonce on its own scripts.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"] ?? "");
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Not for static files, which carry no markup to protect and are served faster without it.
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
