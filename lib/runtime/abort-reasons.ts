// Works around a memory leak in React's server renderer (as shipped in Next.js 16.4 / React
// 19.3), measured on this app in docs/performance.md ("Memory").
//
// At the end of every render, React aborts the render's `cacheController` with
// `new Error("This render completed successfully…")`, and Next.js aborts other controllers the
// same way. Nobody reads those errors' `.stack`, so V8 keeps the stack as it was captured: a
// list of call sites, each holding its function and receiver. One receiver is the `Immediate`
// the abort ran in; an Immediate carries the AsyncLocalStorage store of the request that
// scheduled it (its whole render: request, response, RSC payload), and a finished Immediate
// still links to its queue neighbours. So every finished render stays reachable from a later
// one, and the heap grows with every request (~75 kB per framework-floor request here).
// Upstream: https://github.com/react/react/issues/37288 (fix proposed in react/react#37289),
// https://github.com/vercel/next.js/issues/97434.
//
// Reading `.stack` once turns the captured call sites into a string, which holds no objects.
// That is all this does, right after each abort; the reason object itself is unchanged, so
// whoever listens to the signal sees the same error, with its stack. Remove once the React
// bundled with Next.js no longer captures a stack for these reasons.

const patched = Symbol.for("innerview.abortReasonStacksReleased");

type PatchedPrototype = AbortController & { [patched]?: true };

/** Makes every `AbortController#abort` format its reason's stack at once (idempotent). */
export function releaseAbortReasonStacks(): void {
  const prototype = AbortController.prototype as PatchedPrototype;
  if (prototype[patched]) return;
  const abort = prototype.abort;
  prototype.abort = function abortAndReleaseStack(this: AbortController, reason?: unknown) {
    abort.call(this, reason);
    // Also covers abort() without a reason: Node.js then creates a DOMException, with a stack.
    const stored: unknown = this.signal.reason;
    if (stored instanceof Error || stored instanceof DOMException) void stored.stack;
  };
  prototype[patched] = true;
}
