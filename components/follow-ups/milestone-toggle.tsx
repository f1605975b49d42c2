"use client";

import { Check } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { setMilestoneDoneAction } from "@/app/(app)/follow-ups/actions";
import { useActionCall } from "@/components/forms/use-action-call";
import { cn } from "@/components/ui/cn";

type Props = { milestoneId: string; title: string; done: boolean; disabled: boolean };

/** One tap marks a milestone done (or not done again); the box says which it is. */
export function MilestoneToggle({ milestoneId, title, done, disabled }: Props) {
  const t = useTranslations("followUps");
  const router = useRouter();
  const call = useActionCall();

  return (
    <>
      <button
        type="button"
        role="checkbox"
        aria-checked={done}
        aria-label={t(done ? "markMilestoneNotDone" : "markMilestoneDone", { title })}
        disabled={disabled || call.pending}
        onClick={() => call.run(() => setMilestoneDoneAction({ milestoneId, done: !done }), () => router.refresh())}
        className={cn(
          "grid size-9 shrink-0 place-items-center rounded-lg border transition sm:size-8",
          "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring disabled:cursor-not-allowed disabled:opacity-60",
          done ? "border-primary bg-primary text-primary-foreground" : "border-border bg-card hover:bg-muted",
        )}
      >
        {done && <Check aria-hidden="true" className="size-4" />}
      </button>
      {call.error && (
        <p role="alert" className="basis-full text-sm font-medium text-danger">
          {call.error}
        </p>
      )}
    </>
  );
}
