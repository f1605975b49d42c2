import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { releaseAbortReasonStacks } from "@/lib/runtime/abort-reasons";

// A full garbage collection on demand, without starting Node.js with --expose-gc.
setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

/** Aborts a controller from inside a closure over `payload`, as a render's cleanup does. */
function abortHoldingPayload(payload: object): AbortSignal {
  const controller = new AbortController();
  const render = { payload, finish: () => controller.abort(new Error("This render completed successfully.")) };
  render.finish();
  return controller.signal;
}

async function payloadSurvives(keep: (signal: AbortSignal) => void): Promise<boolean> {
  let payload: object | undefined = { html: "x".repeat(1_000_000) };
  const ref = new WeakRef(payload);
  keep(abortHoldingPayload(payload));
  payload = undefined;
  // WeakRef targets stay alive until the current job ends.
  await new Promise((resolve) => setImmediate(resolve));
  collectGarbage();
  return ref.deref() !== undefined;
}

describe("releaseAbortReasonStacks", () => {
  it("lets a finished render's data go while its abort reason lives on", async () => {
    const kept: AbortSignal[] = [];
    // Unpatched, the reason's captured call sites keep the closure, and so the payload, alive.
    expect(await payloadSurvives((signal) => kept.push(signal))).toBe(true);
    releaseAbortReasonStacks();
    expect(await payloadSurvives((signal) => kept.push(signal))).toBe(false);
  });

  it("keeps the reason, its stack and the default reason as they were", () => {
    releaseAbortReasonStacks();
    releaseAbortReasonStacks(); // idempotent: one wrapper, not two
    const reason = new Error("done");
    const controller = new AbortController();
    controller.abort(reason);
    expect(controller.signal.aborted).toBe(true);
    expect(controller.signal.reason).toBe(reason);
    expect(reason.stack).toContain("Error: done");

    const bare = new AbortController();
    bare.abort();
    expect(bare.signal.reason).toBeInstanceOf(DOMException);
    expect((bare.signal.reason as DOMException).name).toBe("AbortError");
  });
});
