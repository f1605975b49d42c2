import { describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { createWorkspaceWithOwner } from "@/lib/workspaces/create-workspace";

const account = (email: string) => ({
  workspaceName: "Acme Product",
  name: "Aiko Tanaka",
  email,
  locale: "ja",
  timeZone: "Asia/Tokyo",
});

describe("sign-up and sign-in", () => {
  it("creates a workspace with its owner, who can then sign in with that password only", async () => {
    const passwordHash = await hashPassword("a calm walk by the river");
    const { userId, workspaceId } = await createWorkspaceWithOwner({ ...account("aiko@example.test"), passwordHash });

    const owner = await db.user.findUniqueOrThrow({ where: { id: userId } });
    expect(owner).toMatchObject({ workspaceId, role: "OWNER", locale: "ja", timeZone: "Asia/Tokyo" });
    expect(owner.passwordHash).toMatch(/^\$argon2id\$/);

    expect(await authenticate("aiko@example.test", "a calm walk by the river")).toMatchObject({ id: userId });
    expect(await authenticate("aiko@example.test", "a calm walk by the sea")).toBeNull();
    expect(await authenticate("nobody@example.test", "a calm walk by the river")).toBeNull();
  });

  it("refuses a taken email at the email field and leaves no second workspace behind", async () => {
    const passwordHash = await hashPassword("a calm walk by the river");
    await createWorkspaceWithOwner({ ...account("taken@example.test"), passwordHash });

    const attempt = createWorkspaceWithOwner({ ...account("taken@example.test"), workspaceName: "Second", passwordHash });
    await expect(attempt).rejects.toMatchObject(new AppError("CONFLICT", "email", "emailTaken"));
    expect(await db.workspace.count({ where: { name: "Second" } })).toBe(0);
  });
});
