import "server-only";
import { db } from "@/lib/db";
import type { ConversationSetting } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/members/actor";
import { ownPlans } from "@/lib/plans/plan-access";
import { openPlanText } from "@/lib/plans/plan-text";
import { inLanguage } from "@/lib/plans/select-questions";
import { writtenByActorAboutSql } from "@/lib/profile/visible-notes";

/** How many closed (done or cancelled) plans the plan page lists. */
export const PAST_PLANS_SHOWN = 10;

const planSelect = {
  id: true,
  intention: true,
  depth: true,
  setting: true,
  plannedFor: true,
  agenda: true,
  status: true,
  conversationId: true,
  questions: {
    orderBy: { position: "asc" },
    select: {
      question: {
        select: { id: true, key: true, depth: true, topic: true, textEn: true, textJa: true, hintEn: true, hintJa: true },
      },
    },
  },
} as const;

/** The actor's plans for one report: open ones soonest first, then the latest closed ones. */
export async function listPlans(actor: Actor, memberId: string, locale: string) {
  const [open, past] = await Promise.all([
    db.conversationPlan.findMany({
      where: { ...ownPlans(actor, memberId), status: "PLANNED" },
      orderBy: [{ plannedFor: "asc" }, { createdAt: "asc" }],
      select: planSelect,
    }),
    db.conversationPlan.findMany({
      where: { ...ownPlans(actor, memberId), status: { in: ["DONE", "CANCELLED"] } },
      orderBy: [{ plannedFor: "desc" }, { createdAt: "desc" }],
      take: PAST_PLANS_SHOWN,
      select: planSelect,
    }),
  ]);
  const shape = (plan: (typeof open)[number]) => ({
    ...openPlanText(plan),
    questions: plan.questions.flatMap(({ question }) => {
      const shown = inLanguage(question, locale);
      return shown ? [shown] : [];
    }),
  });
  return { open: open.map(shape), past: past.map(shape) };
}

export type PlanSummary = Awaited<ReturnType<typeof listPlans>>["open"][number];

/** One of the actor's open plans for a report, for the log form; null for anything else. */
export async function getOpenPlan(actor: Actor, memberId: string, planId: string) {
  const plan = await db.conversationPlan.findFirst({
    where: { id: planId, ...ownPlans(actor, memberId), status: "PLANNED" },
    select: { id: true, intention: true, plannedFor: true },
  });
  return plan && openPlanText(plan);
}

/** The next open plan with a report, for the profile (in SQL like the profile's other reads). */
export async function getNextPlan(actor: Actor, memberId: string) {
  const [plan] = await db.$queryRaw<{ id: string; plannedFor: Date | null; setting: ConversationSetting | null }[]>`
    SELECT p."id", p."plannedFor", p."setting"::text AS "setting"
    FROM "ConversationPlan" p
    WHERE ${writtenByActorAboutSql("p", actor, memberId)} AND p."status" = 'PLANNED'
    ORDER BY p."plannedFor" ASC NULLS LAST, p."createdAt" ASC
    LIMIT 1`;
  return plan ?? null;
}
