import { cn } from "@/components/ui/cn";

/** A message about the whole form: an error (announced at once) or a confirmation. */
export function FormMessage({ message, tone = "error" }: { message: string | null | undefined; tone?: "error" | "success" }) {
  if (!message) return null;
  return (
    <p
      role={tone === "error" ? "alert" : "status"}
      className={cn(
        "rounded-lg px-3 py-2 text-sm font-medium",
        tone === "error" ? "bg-danger-soft text-danger" : "bg-accent text-foreground",
      )}
    >
      {message}
    </p>
  );
}
