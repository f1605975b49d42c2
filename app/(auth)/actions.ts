"use server";

import { headers } from "next/headers";
import { runAction } from "@/lib/actions/action-result";
import { hashPassword } from "@/lib/auth/password";
import { throttleSignUp } from "@/lib/auth/sign-up-throttle";
import { acceptInvitationSchema, signUpSchema } from "@/lib/auth/schemas";
import { createWorkspaceWithOwner } from "@/lib/workspaces/create-workspace";
import { acceptInvitation } from "@/lib/workspaces/invitations";

// Public entry points: nobody is signed in yet. The client signs in after success.

export async function signUpAction(input: unknown) {
  const forwardedFor = (await headers()).get("x-forwarded-for");
  return runAction(signUpSchema, input, async ({ password, ...account }) =>
    throttleSignUp(account.email, forwardedFor, async () => {
      await createWorkspaceWithOwner({ ...account, passwordHash: await hashPassword(password) });
      return null;
    }),
  );
}

export async function acceptInvitationAction(input: unknown) {
  return runAction(acceptInvitationSchema, input, async ({ token, password, ...account }) => {
    await acceptInvitation(token, { ...account, passwordHash: await hashPassword(password) });
    return null;
  });
}
