import "server-only";
import { redirect } from "next/navigation";
import { type CurrentUser, getCurrentUser } from "@/lib/auth/current-user";
import { can, type Permission } from "@/lib/workspaces/permissions";
import { AppError } from "@/lib/errors/app-error";

/** For pages: the signed-in user, or a redirect to sign-in. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in");
  return user;
}

/** For server actions and route handlers: the signed-in user, or an UNAUTHENTICATED error. */
export async function requireActor(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("UNAUTHENTICATED");
  return user;
}

/** The actor, if their role grants `permission`; otherwise FORBIDDEN. */
export async function requirePermission(permission: Permission): Promise<CurrentUser> {
  const user = await requireActor();
  if (!can(user.role, permission)) throw new AppError("FORBIDDEN");
  return user;
}
