import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { CurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { isUniqueViolation } from "@/lib/errors/database-errors";
import type { NewAccount } from "@/lib/workspaces/create-workspace";
import { invitationStatus, UNUSABLE_INVITATION_ERROR } from "@/lib/workspaces/invitation-status";
import { can } from "@/lib/workspaces/permissions";

export const INVITATION_LIFETIME_DAYS = 7;

type Actor = Pick<CurrentUser, "userId" | "workspaceId" | "role">;

// Only a hash of the token is stored: a leaked database does not hand out working links.
function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

function assertOwner(actor: Actor) {
  if (!can(actor.role, "workspace:invite")) throw new AppError("FORBIDDEN");
}

/** Creates a single-use link. The token is returned once and never stored. */
export async function createInvitation(actor: Actor, input: { email: string | null }, now = new Date()) {
  assertOwner(actor);
  const token = randomBytes(32).toString("base64url");
  const invitation = await db.$transaction(async (tx) => {
    const created = await tx.invitation.create({
      data: {
        workspaceId: actor.workspaceId,
        invitedById: actor.userId,
        tokenHash: hashToken(token),
        email: input.email,
        expiresAt: new Date(now.getTime() + INVITATION_LIFETIME_DAYS * 86_400_000),
      },
      select: { id: true, expiresAt: true },
    });
    await recordAuditEvent({ ...auditActor(actor), action: "INVITATION_CREATED", targetId: created.id }, tx);
    return created;
  });
  return { ...invitation, token };
}

export async function listInvitations(actor: Actor, now = new Date()) {
  assertOwner(actor);
  const invitations = await db.invitation.findMany({
    where: { workspaceId: actor.workspaceId },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: {
      id: true,
      email: true,
      createdAt: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      acceptedBy: { select: { name: true } },
    },
  });
  return invitations.map((invitation) => ({ ...invitation, status: invitationStatus(invitation, now) }));
}

export async function revokeInvitation(actor: Actor, invitationId: string, now = new Date()) {
  assertOwner(actor);
  await db.$transaction(async (tx) => {
    const { count } = await tx.invitation.updateMany({
      where: { id: invitationId, workspaceId: actor.workspaceId, acceptedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
    if (count === 0) throw new AppError("NOT_FOUND");
    await recordAuditEvent({ ...auditActor(actor), action: "INVITATION_WITHDRAWN", targetId: invitationId }, tx);
  });
}

function auditActor(actor: Actor) {
  return { workspaceId: actor.workspaceId, actorId: actor.userId };
}

/** What the invitation page may show before sign-up: the workspace's name and the link's state. */
export async function findInvitation(token: string, now = new Date()) {
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { email: true, expiresAt: true, acceptedAt: true, revokedAt: true, workspace: { select: { name: true } } },
  });
  if (!invitation) return null;
  return { workspaceName: invitation.workspace.name, email: invitation.email, status: invitationStatus(invitation, now) };
}


/** Creates the invited manager and spends the link, atomically: two tabs cannot both use it. */
export async function acceptInvitation(token: string, account: NewAccount, now = new Date()) {
  try {
    return await db.$transaction(async (tx) => {
      const invitation = await tx.invitation.findUnique({ where: { tokenHash: hashToken(token) } });
      if (!invitation) throw new AppError("NOT_FOUND", "token", "invitationNotFound");
      const status = invitationStatus(invitation, now);
      if (status !== "pending") throw new AppError("INVALID_INPUT", "token", UNUSABLE_INVITATION_ERROR[status]);
      if (invitation.email && invitation.email !== account.email) {
        throw new AppError("INVALID_INPUT", "email", "invitationEmailMismatch");
      }
      const user = await tx.user.create({
        data: { ...account, workspaceId: invitation.workspaceId, role: invitation.role },
        select: { id: true, workspaceId: true },
      });
      const spent = await tx.invitation.updateMany({
        where: { id: invitation.id, acceptedAt: null, revokedAt: null },
        data: { acceptedAt: now, acceptedById: user.id },
      });
      if (spent.count !== 1) throw new AppError("INVALID_INPUT", "token", "invitationUsed");
      await recordAuditEvent(
        { workspaceId: user.workspaceId, actorId: user.id, action: "INVITATION_ACCEPTED", targetId: invitation.id },
        tx,
      );
      return { userId: user.id, workspaceId: user.workspaceId };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", "email", "emailTaken");
    throw error;
  }
}
