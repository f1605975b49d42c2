import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getPlanForCalendar, planCalendarEvent } from "@/lib/plans/plan-calendar";

type Context = { params: Promise<{ memberId: string; planId: string }> };

/**
 * A planned conversation as an .ics file. Only the signed-in manager's own open plan, for the
 * report in the URL; anything else is a plain 404 (never 403: that would confirm it exists).
 */
export async function GET(_request: Request, { params }: Context) {
  const user = await getCurrentUser();
  if (!user) return new Response(null, { status: 401 });
  const { memberId, planId } = await params;
  const plan = await getPlanForCalendar(user, planId.slice(0, 64));
  if (!plan?.plannedFor || plan.member.id !== memberId) return new Response(null, { status: 404 });
  const t = await getTranslations("plan");
  const body = planCalendarEvent(
    { id: plan.id, plannedFor: plan.plannedFor },
    t("calendarTitle", { name: plan.member.name }),
    t("calendarName"),
  );
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="conversation-${plan.plannedFor.toISOString().slice(0, 10)}.ics"`,
      // Private to the manager: no shared cache may keep it.
      "Cache-Control": "private, no-store",
    },
  });
}
