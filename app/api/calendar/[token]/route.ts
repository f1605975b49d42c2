import { buildCalendarFeed } from "@/lib/calendar/build-calendar-feed";
import { findCalendarOwner } from "@/lib/calendar/feed-token";

type Context = { params: Promise<{ token: string }> };

// Calendar apps fetch this URL on their own schedule, without a session: the secret in the
// path is the only key. A wrong or revoked secret gets the same 404 as any unknown URL.
export async function GET(_request: Request, { params }: Context) {
  const token = (await params).token.replace(/\.ics$/, "");
  const owner = await findCalendarOwner(token);
  if (!owner) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const body = await buildCalendarFeed({ userId: owner.id, workspaceId: owner.workspaceId, locale: owner.locale });
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="innerview.ics"',
      // Personal data: never kept by a shared cache.
      "Cache-Control": "private, no-store",
      "X-Robots-Tag": "noindex",
    },
  });
}
