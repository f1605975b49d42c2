import { cn } from "@/components/ui/cn";
import type { Depth } from "@/lib/generated/prisma/enums";

// Each depth has a colour and a shape, so it never depends on colour alone:
// factual a circle, causative a square, values a diamond; nothing learned, a hollow ring.
export const DEPTH_FILL: Record<Depth, string> = {
  FACTUAL: "fill-depth-factual stroke-depth-factual",
  CAUSATIVE: "fill-depth-causative stroke-depth-causative",
  VALUES: "fill-depth-values stroke-depth-values",
};

/** The depth's shape centred on (x, y), for use inside an <svg>. */
export function DepthShape({ depth, x, y, size }: { depth: Depth | null; x: number; y: number; size: number }) {
  const half = size / 2;
  if (depth === null) {
    return <circle cx={x} cy={y} r={half - 1} className="fill-card stroke-muted-foreground" strokeWidth={2} />;
  }
  if (depth === "FACTUAL") return <circle cx={x} cy={y} r={half} className={DEPTH_FILL.FACTUAL} />;
  if (depth === "CAUSATIVE") {
    const side = size * 0.86;
    return <rect x={x - side / 2} y={y - side / 2} width={side} height={side} className={DEPTH_FILL.CAUSATIVE} />;
  }
  return (
    <polygon
      points={`${x},${y - half - 1} ${x + half + 1},${y} ${x},${y + half + 1} ${x - half - 1},${y}`}
      className={DEPTH_FILL.VALUES}
    />
  );
}

/** The depth's shape as a small inline icon beside its name (decorative: the name says it). */
export function DepthMark({ depth, className }: { depth: Depth | null; className?: string }) {
  return (
    <svg viewBox="0 0 12 12" aria-hidden="true" className={cn("inline-block size-3 shrink-0", className)}>
      <DepthShape depth={depth} x={6} y={6} size={9} />
    </svg>
  );
}
