import { describe, expect, it } from "vitest";
import { countByStatus, type ExistingReport, planMembersImport } from "@/lib/members/csv-import";

function statuses(csv: string, existing: ExistingReport[]) {
  const plan = planMembersImport(csv, existing);
  if (!plan.ok) throw new Error(plan.problem.code);
  return plan.rows.map((row) => row.status);
}

describe("a row is the same report as one the manager already has", () => {
  const yui: ExistingReport = { name: "Yui Sato", team: "Design", email: "Yui.Sato@Example.com", archivedAt: null };

  it("when the emails match, whatever their case, even under another name or team", () => {
    expect(statuses("name,team,email\nYui Satō,Research,yui.sato@example.com\n", [yui])).toEqual(["existing"]);
  });

  it("when the row has no email, by name and team", () => {
    expect(statuses("name,team\n yui  sato ,DESIGN\nYui Sato,Sales\nYui Sato,\n", [yui])).toEqual(["existing", "new", "new"]);
  });

  it("when the report was added without an email, by name and team, even if the row has one", () => {
    const addedByHand: ExistingReport = { name: "佐藤 結", team: null, email: null, archivedAt: null };
    expect(statuses("氏名,メール\n佐藤　結,yui@example.com\n", [addedByHand])).toEqual(["existing"]);
  });

  it("archived too: the row is skipped, and says so", () => {
    expect(statuses("name,team\nYui Sato,Design\n", [{ ...yui, archivedAt: new Date("2026-01-05T00:00:00Z") }])).toEqual(["archived"]);
  });

  it("but not when both have emails and they differ: two people can share a name", () => {
    expect(statuses("name,team,email\nYui Sato,Design,another.yui@example.com\n", [yui])).toEqual(["new"]);
  });
});

describe("what the import would do", () => {
  it("counts each status and lists only valid, new rows to add", () => {
    const csv = "name,start date\nMio Abe,2024-04-01\nMio Abe,2024-04-01\nKen Ito,someday\nYui Sato,\n";
    const plan = planMembersImport(csv, [{ name: "Yui Sato", team: null, email: null, archivedAt: null }]);
    if (!plan.ok) throw new Error(plan.problem.code);
    expect(countByStatus(plan.rows)).toEqual({ new: 1, existing: 1, archived: 0, duplicate: 1, invalid: 1 });
    expect(plan.toAdd).toEqual([{ name: "Mio Abe", jobTitle: null, team: null, startDate: new Date("2024-04-01T00:00:00Z"), email: null }]);
  });

  it("passes a problem with the whole file through", () => {
    expect(planMembersImport("", [])).toEqual({ ok: false, problem: { code: "empty" } });
  });
});
