import type { ComponentProps } from "react";
import { cn } from "@/components/ui/cn";

export const inputClassName = cn(
  "block w-full min-h-11 rounded-lg border border-border bg-card px-3 py-2 text-base text-foreground",
  "placeholder:text-muted-foreground",
  "focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-ring",
  "aria-invalid:border-danger",
);

export function Input({ className, ...props }: ComponentProps<"input">) {
  return <input className={cn(inputClassName, className)} {...props} />;
}

export function Select({ className, ...props }: ComponentProps<"select">) {
  return <select className={cn(inputClassName, "pr-8", className)} {...props} />;
}
