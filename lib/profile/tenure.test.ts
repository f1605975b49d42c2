import { describe, expect, it } from "vitest";
import { tenureOf } from "@/lib/profile/tenure";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("tenure", () => {
  it("counts whole years once past the first year", () => {
    expect(tenureOf(day("2021-04-01"), day("2024-11-20"))).toEqual({ years: 3, months: 0 });
    expect(tenureOf(day("2021-04-01"), day("2022-04-01"))).toEqual({ years: 1, months: 0 });
  });

  it("counts whole months in the first year, and a month only once it is complete", () => {
    expect(tenureOf(day("2024-09-15"), day("2024-11-20"))).toEqual({ years: 0, months: 2 });
    expect(tenureOf(day("2024-09-15"), day("2024-11-14"))).toEqual({ years: 0, months: 1 });
    expect(tenureOf(day("2024-11-10"), day("2024-11-20"))).toEqual({ years: 0, months: 0 });
    expect(tenureOf(day("2021-04-20"), day("2022-04-10"))).toEqual({ years: 0, months: 11 });
  });

  it("never goes below zero for a start date in the future", () => {
    expect(tenureOf(day("2025-01-01"), day("2024-11-20"))).toEqual({ years: 0, months: 0 });
  });
});
