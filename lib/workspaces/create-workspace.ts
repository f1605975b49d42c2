import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { isUniqueViolation } from "@/lib/errors/database-errors";

export type NewAccount = {
  name: string;
  email: string;
  passwordHash: string;
  locale: string;
  timeZone: string;
};

/** Sign-up: a new workspace and its owner, together or not at all. */
export async function createWorkspaceWithOwner(input: NewAccount & { workspaceName: string }) {
  try {
    return await db.$transaction(async (tx) => {
      const workspace = await tx.workspace.create({ data: { name: input.workspaceName } });
      const owner = await tx.user.create({
        data: {
          workspaceId: workspace.id,
          role: "OWNER",
          name: input.name,
          email: input.email,
          passwordHash: input.passwordHash,
          locale: input.locale,
          timeZone: input.timeZone,
        },
        select: { id: true, email: true },
      });
      return { workspaceId: workspace.id, userId: owner.id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", "email", "emailTaken");
    throw error;
  }
}
