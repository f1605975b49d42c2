import { Fragment } from "react";
import type { Snippet } from "@/lib/search/snippet";

/**
 * An excerpt with the searched words marked. Parts are rendered as text, never as HTML, so a
 * note that contains markup shows the markup, and cannot inject any.
 */
export function HighlightedText({ snippet }: { snippet: Snippet }) {
  return (
    <>
      {snippet.cutBefore && "…"}
      {snippet.parts.map((part, index) =>
        part.match ? (
          <mark key={index} className="rounded-sm bg-yellow-200 px-0.5 text-foreground dark:bg-yellow-500/35">
            {part.text}
          </mark>
        ) : (
          <Fragment key={index}>{part.text}</Fragment>
        ),
      )}
      {snippet.cutAfter && "…"}
    </>
  );
}
