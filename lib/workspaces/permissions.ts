import type { Role } from "@/lib/generated/prisma/enums";

/**
 * What each role may do, in one table. Notes are never in it: a manager reads and writes only
 * their own notes, whatever their role — the owner included (enforced in every note query).
 */
const PERMISSIONS = {
  "workspace:invite": ["OWNER"],
  "workspace:manage-data": ["OWNER"],
  "workspace:manage-roles": ["OWNER"],
  "workspace:view-managers": ["OWNER", "MANAGER"],
  "reports:manage-own": ["OWNER", "MANAGER"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}
