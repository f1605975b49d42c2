import { describe, expect, it } from "vitest";
import { signUpSchema } from "@/lib/auth/schemas";

const valid = {
  workspaceName: "Acme",
  name: "Aiko",
  email: " Aiko@Example.TEST ",
  password: "a calm walk by the river",
  locale: "ja",
  timeZone: "Asia/Tokyo",
};

const errorsOf = (input: unknown) => {
  const result = signUpSchema.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
};

describe("signUpSchema", () => {
  it("normalises the email and keeps the language and time zone", () => {
    expect(signUpSchema.parse(valid)).toMatchObject({ email: "aiko@example.test", locale: "ja", timeZone: "Asia/Tokyo" });
  });

  it("names each field that is wrong, with a translatable reason", () => {
    expect(errorsOf({ ...valid, workspaceName: " ", email: "not-an-email", password: "k8#v-q" })).toEqual({
      workspaceName: "required",
      email: "invalidEmail",
      password: "passwordTooShort",
    });
    expect(errorsOf({ ...valid, password: "aiko-rocks-every-day" })).toEqual({ password: "passwordContainsEmail" });
    expect(errorsOf({ ...valid, name: "x".repeat(101) })).toEqual({ name: "tooLong" });
    expect(errorsOf({ ...valid, password: "Password123" })).toEqual({ password: "passwordTooCommon" });
    expect(errorsOf({ ...valid, password: "qwertyuiop" })).toEqual({ password: "passwordTooCommon" });
  });

  it("falls back to safe defaults for an unknown language or time zone", () => {
    expect(signUpSchema.parse({ ...valid, locale: "fr", timeZone: "Mars/Olympus" })).toMatchObject({
      locale: "en",
      timeZone: "UTC",
    });
  });
});
