import "server-only";
import { dictionary } from "@zxcvbn-ts/language-common";

// ~49,000 passwords most often found in breaches, shipped with the package (no download at
// run time). Only those long enough to pass the length rule matter; the set is built once.
let commonPasswords: Set<string> | undefined;

/** True when the password is one attackers try first, whatever its letter case. */
export function isCommonPassword(password: string): boolean {
  commonPasswords ??= new Set(dictionary["passwords-common"].map((entry) => entry.toLowerCase()));
  return commonPasswords.has(password.toLowerCase());
}
