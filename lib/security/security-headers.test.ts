import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, securityHeaders } from "./security-headers";

const directives = (policy: string) =>
  new Map(policy.split("; ").map((directive) => [directive.split(" ")[0], directive.split(" ").slice(1)]));

describe("security headers", () => {
  it("lets only scripts with this request's nonce run, and no page frame the app", () => {
    const policy = directives(contentSecurityPolicy("abc123"));
    expect(policy.get("script-src")).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"]);
    expect(policy.get("script-src")).not.toContain("'unsafe-inline'");
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("style-src")).not.toContain("'unsafe-inline'");
  });

  it("allows eval only for the development build", () => {
    expect(contentSecurityPolicy("n")).not.toContain("unsafe-eval");
    expect(contentSecurityPolicy("n", { development: true })).toContain("'unsafe-eval'");
  });

  it("asks for HTTPS only when served over HTTPS", () => {
    expect(securityHeaders("n")).not.toHaveProperty("Strict-Transport-Security");
    expect(securityHeaders("n", { https: true })["Strict-Transport-Security"]).toMatch(/^max-age=\d{8}/);
    expect(securityHeaders("n")).toMatchObject({ "X-Frame-Options": "DENY", "Referrer-Policy": "same-origin" });
  });
});
