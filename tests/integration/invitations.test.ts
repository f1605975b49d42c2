import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  acceptInvitation,
  createInvitation,
  findInvitation,
  INVITATION_LIFETIME_DAYS,
  listInvitations,
  revokeInvitation,
} from "@/lib/workspaces/invitations";
import { createManager, createWorkspaceWithOwner } from "@/tests/factories";

const DAY = 86_400_000;
const newAccount = (email: string) => ({ name: "Ken Mori", email, passwordHash: "hash", locale: "en", timeZone: "UTC" });

type Owner = { userId: string; workspaceId: string; role: "OWNER" };
let owner: Owner;

beforeEach(async () => {
  const { user } = await createWorkspaceWithOwner(db);
  owner = { userId: user.id, workspaceId: user.workspaceId, role: "OWNER" };
});

describe("invitations", () => {
  it("brings a manager into the owner's workspace, once", async () => {
    const { token } = await createInvitation(owner, { email: null });
    expect(await findInvitation(token)).toMatchObject({ status: "pending", email: null });

    const { userId, workspaceId } = await acceptInvitation(token, newAccount("ken@example.test"));
    expect(workspaceId).toBe(owner.workspaceId);
    expect(await db.user.findUniqueOrThrow({ where: { id: userId } })).toMatchObject({ role: "MANAGER" });
    expect(await findInvitation(token)).toMatchObject({ status: "accepted" });

    await expect(acceptInvitation(token, newAccount("second@example.test"))).rejects.toMatchObject({
      field: "token",
      messageKey: "invitationUsed",
    });
    expect(await db.user.count({ where: { email: "second@example.test" } })).toBe(0);
  });

  it("lets only one of two simultaneous acceptances through", async () => {
    const { token } = await createInvitation(owner, { email: null });
    const results = await Promise.allSettled([
      acceptInvitation(token, newAccount("one@example.test")),
      acceptInvitation(token, newAccount("two@example.test")),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await db.user.count({ where: { workspaceId: owner.workspaceId, role: "MANAGER" } })).toBe(1);
  });

  it("refuses an expired link, a withdrawn one, and one meant for another email", async () => {
    const now = new Date();
    const expired = await createInvitation(owner, { email: null }, new Date(now.getTime() - (INVITATION_LIFETIME_DAYS + 1) * DAY));
    await expect(acceptInvitation(expired.token, newAccount("late@example.test"), now)).rejects.toMatchObject({
      messageKey: "invitationExpired",
    });

    const withdrawn = await createInvitation(owner, { email: null });
    await revokeInvitation(owner, withdrawn.id);
    await expect(acceptInvitation(withdrawn.token, newAccount("late@example.test"))).rejects.toMatchObject({
      messageKey: "invitationRevoked",
    });

    const addressed = await createInvitation(owner, { email: "kenji@example.test" });
    await expect(acceptInvitation(addressed.token, newAccount("other@example.test"))).rejects.toMatchObject({
      field: "email",
      messageKey: "invitationEmailMismatch",
    });
    expect(await db.user.count({ where: { email: { in: ["late@example.test", "other@example.test"] } } })).toBe(0);
  });

  it("does not recognise a made-up token", async () => {
    expect(await findInvitation("made-up")).toBeNull();
    await expect(acceptInvitation("made-up", newAccount("x@example.test"))).rejects.toMatchObject({
      messageKey: "invitationNotFound",
    });
  });

  it("is the owner's alone: managers cannot invite, other workspaces cannot see or withdraw", async () => {
    const manager = await createManager(db, owner.workspaceId);
    const asManager = { userId: manager.id, workspaceId: owner.workspaceId, role: "MANAGER" as const };
    await expect(createInvitation(asManager, { email: null })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listInvitations(asManager)).rejects.toMatchObject({ code: "FORBIDDEN" });

    const invitation = await createInvitation(owner, { email: null });
    const other = await createWorkspaceWithOwner(db);
    const otherOwner = { userId: other.user.id, workspaceId: other.workspace.id, role: "OWNER" as const };
    expect(await listInvitations(otherOwner)).toEqual([]);
    await expect(revokeInvitation(otherOwner, invitation.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await findInvitation(invitation.token)).toMatchObject({ status: "pending" });
  });
});
