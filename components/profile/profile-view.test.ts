import { describe, expect, it } from "vitest";
import { parseProfileView, profileHref } from "@/components/profile/profile-view";

describe("the profile's view in its URL", () => {
  it("reads the timeline page, the expanded depth and the mission version", () => {
    expect(parseProfileView({ page: "3", all: "VALUES", mission: "2" })).toEqual({ page: 3, all: "VALUES", mission: 2 });
    expect(parseProfileView({ page: ["2", "5"] })).toEqual({ page: 2, all: null, mission: null });
  });

  it("falls back to the default view for anything odd", () => {
    expect(parseProfileView({ page: "-1", all: "feelings", mission: "x" })).toEqual({ page: 1, all: null, mission: null });
    expect(parseProfileView({})).toEqual({ page: 1, all: null, mission: null });
  });

  it("writes links that keep the rest of the view", () => {
    const view = { page: 2, all: "FACTUAL" as const, mission: null };
    expect(profileHref("m1", view, { mission: 1 }, "mission")).toBe("/team/m1?page=2&all=FACTUAL&mission=1#mission");
    expect(profileHref("m1", view, { page: 1, all: null })).toBe("/team/m1");
  });
});
