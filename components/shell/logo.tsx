/** The wordmark: two overlapping circles, one conversation at a time. */
export function Logo() {
  return (
    <span className="inline-flex items-center gap-2 text-lg font-semibold tracking-tight">
      <svg aria-hidden="true" viewBox="0 0 32 32" className="size-7">
        <circle cx="12" cy="16" r="9" className="fill-primary/80" />
        <circle cx="20" cy="16" r="9" className="fill-depth-values/60" />
      </svg>
      Innerview
    </span>
  );
}
