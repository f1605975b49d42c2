import { describe, expect, it } from "vitest";
import { proposeDepth } from "@/lib/insights/propose-depth";

describe("proposeDepth", () => {
  it("reads facts, causes and values from English words", () => {
    expect(proposeDepth("Grew up in Sendai, two younger sisters.")?.depth).toBe("FACTUAL");
    expect(proposeDepth("Joined us because she wanted to build for hospitals.")).toEqual({ depth: "CAUSATIVE", cue: "because" });
    expect(proposeDepth("Most proud of the juniors he trained.")?.depth).toBe("VALUES");
  });

  it("reads Japanese, which has no spaces between words", () => {
    expect(proposeDepth("出身は札幌。大学では建築を専攻。")?.depth).toBe("FACTUAL");
    expect(proposeDepth("この会社を選んだ理由は、現場に近いこと。")?.depth).toBe("CAUSATIVE");
    expect(proposeDepth("恩師の言葉をいまでも大切にしている。")?.depth).toBe("VALUES");
  });

  it("ignores case and full-width letters, and does not guess from almost nothing", () => {
    expect(proposeDepth("ＢＥＣＡＵＳＥ of the commute")?.depth).toBe("CAUSATIVE");
    expect(proposeDepth("ok")).toBeNull();
  });
});
