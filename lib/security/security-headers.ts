/**
 * The security headers of every response. Scripts run only with this request's nonce (Next.js
 * adds it to its own scripts when it finds it in the request's policy), so injected markup can
 * never run code. Pure, so it can be tested without a server.
 */
export function contentSecurityPolicy(nonce: string, { development = false, https = false } = {}): string {
  return [
    "default-src 'self'",
    // React's development build evaluates code for its error overlay; production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    // Style elements need the nonce; style attributes (set by React and Radix for layout and
    // positioning) cannot carry one and run no code.
    `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    // Over plain http (a local install) there is nothing to upgrade to.
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

export function securityHeaders(nonce: string, { development = false, https = false } = {}): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(nonce, { development, https }),
    "Referrer-Policy": "same-origin",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    // Only over https: a browser that saw it over plain http would lock out a local install.
    ...(https ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {}),
  };
}
