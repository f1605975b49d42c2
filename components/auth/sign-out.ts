// Signs out through next-auth's own endpoints, as `signOut` from next-auth/react does, without
// loading that module (and its Babel runtime) into every signed-in page (issue #7): fetch a CSRF
// token, post it to /api/auth/signout, then go where next-auth says.
export async function signOutTo(callbackUrl: string): Promise<void> {
  const { csrfToken } = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await fetch("/api/auth/signout", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, callbackUrl, json: "true" }),
  });
  const { url } = (await response.json()) as { url?: string };
  window.location.href = url ?? callbackUrl;
}
