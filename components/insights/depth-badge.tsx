import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
import type { Depth } from "@/lib/generated/prisma/enums";

const STYLE: Record<Depth, string> = {
  FACTUAL: "border-depth-factual text-depth-factual",
  CAUSATIVE: "border-depth-causative text-depth-causative",
  VALUES: "border-depth-values text-depth-values",
};

/** A depth named in words (colour only repeats it). */
export function DepthBadge({ depth, className }: { depth: Depth; className?: string }) {
  const t = useTranslations("depth");
  return (
    <span className={cn("inline-flex items-center rounded-full border px-2 py-0.5 text-xs font-semibold", STYLE[depth], className)}>
      {t(depth)}
    </span>
  );
}
