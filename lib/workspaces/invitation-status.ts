export type InvitationStatus = "pending" | "accepted" | "revoked" | "expired";

type InvitationDates = { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date };

export function invitationStatus(invitation: InvitationDates, now: Date): InvitationStatus {
  if (invitation.acceptedAt) return "accepted";
  if (invitation.revokedAt) return "revoked";
  return invitation.expiresAt <= now ? "expired" : "pending";
}

/** Why a link that is no longer pending cannot be used (a key under `errors.`). */
export const UNUSABLE_INVITATION_ERROR = {
  accepted: "invitationUsed",
  revoked: "invitationRevoked",
  expired: "invitationExpired",
} as const satisfies Record<Exclude<InvitationStatus, "pending">, string>;
