import { describe, expect, it } from "vitest";
import { planMembersImport } from "@/lib/members/csv-import";
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from "@/lib/members/csv-import-limits";
import { type ParsedMembersCsv, parseMembersCsv } from "@/lib/members/parse-members-csv";

function rowsOf(result: ParsedMembersCsv) {
  if (!result.ok) throw new Error(`expected rows, got ${result.problem.code}`);
  return result.rows;
}

describe("header detection", () => {
  it("reads English headers in any case, spacing or order, and ignores unknown columns", () => {
    const result = parseMembersCsv("EMAIL,Start_Date,Full Name,Job Title,Department,Notes\nyui@example.com,2024-04-01,Yui Sato,Designer,Design,likes tea\n");
    expect(result).toMatchObject({ ok: true, ignoredColumns: ["Notes"] });
    expect(rowsOf(result)).toEqual([
      {
        row: 2,
        values: { name: "Yui Sato", jobTitle: "Designer", team: "Design", startDate: "2024-04-01", email: "yui@example.com" },
        ok: true,
        member: {
          name: "Yui Sato",
          jobTitle: "Designer",
          team: "Design",
          startDate: new Date("2024-04-01T00:00:00Z"),
          email: "yui@example.com",
        },
      },
    ]);
  });

  it("reads Japanese headers, full-width forms included, and Japanese names", () => {
    const csv = "氏名,役職,部署,入社日,メールアドレス\n佐藤 結,デザイナー,デザイン部,2024/4/1,ｙｕｉ＠example.com\n";
    const [row] = rowsOf(parseMembersCsv(csv));
    expect(row).toMatchObject({
      ok: true,
      member: { name: "佐藤 結", jobTitle: "デザイナー", team: "デザイン部", startDate: new Date("2024-04-01T00:00:00Z"), email: "yui@example.com" },
    });
    expect(rowsOf(parseMembersCsv("名前,チーム,メール\n田中 悠斗,基盤開発部,\n"))[0]).toMatchObject({
      ok: true,
      member: { name: "田中 悠斗", team: "基盤開発部", jobTitle: null, startDate: null, email: null },
    });
  });

  it("drops a UTF-8 byte order mark, which Excel writes before the first header", () => {
    const [row] = rowsOf(parseMembersCsv("\uFEFFname,team\nMio Abe,Sales\r\n"));
    expect(row).toMatchObject({ ok: true, member: { name: "Mio Abe", team: "Sales" } });
  });

  it("reads rows pasted from a spreadsheet (tab-separated) and quoted cells", () => {
    expect(rowsOf(parseMembersCsv("name\tteam\nMio Abe\tSales\n"))[0]).toMatchObject({ member: { team: "Sales" } });
    expect(rowsOf(parseMembersCsv("name;team\n\nMio Abe;Sales\n"))[0]).toMatchObject({ row: 3, member: { team: "Sales" } });
    expect(rowsOf(parseMembersCsv('name,job title\n"Abe, Mio","Lead ""Growth"""\n'))[0]).toMatchObject({
      member: { name: "Abe, Mio", jobTitle: 'Lead "Growth"' },
    });
  });

  it("refuses a file without a name column, or without a header at all", () => {
    expect(parseMembersCsv("job title,team\nDesigner,Design\n")).toEqual({ ok: false, problem: { code: "missingNameColumn" } });
    expect(parseMembersCsv("Yui Sato,Designer\n")).toEqual({ ok: false, problem: { code: "missingNameColumn" } });
  });
});

describe("rows", () => {
  it("numbers rows as the spreadsheet does, blank rows counted but skipped", () => {
    const rows = rowsOf(parseMembersCsv("name\nA\n\n,\nB\n"));
    expect(rows.map(({ row, values }) => [row, values.name])).toEqual([
      [2, "A"],
      [5, "B"],
    ]);
  });

  it("refuses a row without a name, saying which field", () => {
    const [row] = rowsOf(parseMembersCsv("name,team\n ,Design\n"));
    expect(row).toMatchObject({ row: 2, ok: false, issues: [{ field: "name", code: "required" }] });
  });

  it.each([
    ["2024-13-01", "invalidDate"],
    ["2024-02-30", "invalidDate"],
    ["01/04/2024", "invalidDate"],
    ["April 1st", "invalidDate"],
    ["2999-01-01", "dateInFuture"],
  ])("refuses the start date %s (%s)", (startDate, code) => {
    const [row] = rowsOf(parseMembersCsv(`name,start date\nYui,${startDate}\n`));
    expect(row).toMatchObject({ ok: false, issues: [{ field: "startDate", code }] });
  });

  it.each(["2024-04-01", "2024/04/01", "2024/4/1", "２０２４/０４/０１"])("accepts the start date %s", (startDate) => {
    const [row] = rowsOf(parseMembersCsv(`name,start date\nYui,${startDate}\n`));
    expect(row).toMatchObject({ ok: true, member: { startDate: new Date("2024-04-01T00:00:00Z") } });
  });

  it("reports every bad field of a row, with limits, and a bad email", () => {
    const [row] = rowsOf(parseMembersCsv(`name,team,email\n${"x".repeat(101)},Design,not-an-email\n`));
    expect(row).toMatchObject({
      ok: false,
      issues: [
        { field: "name", code: "tooLong", max: 100 },
        { field: "email", code: "invalidEmail" },
      ],
    });
  });
});

describe("limits and unreadable files", () => {
  it(`accepts ${MAX_IMPORT_ROWS} rows and refuses one more, counting them`, () => {
    const rows = (count: number) => `name\n${Array.from({ length: count }, (_, index) => `Person ${index}`).join("\n")}\n`;
    expect(rowsOf(parseMembersCsv(rows(MAX_IMPORT_ROWS)))).toHaveLength(MAX_IMPORT_ROWS);
    expect(parseMembersCsv(rows(MAX_IMPORT_ROWS + 1))).toEqual({
      ok: false,
      problem: { code: "tooManyRows", count: MAX_IMPORT_ROWS + 1, max: MAX_IMPORT_ROWS },
    });
  });

  it("refuses more than 1 MB, measured in bytes (Japanese text is 3 bytes a character)", () => {
    const japanese = `氏名\n${"佐".repeat(Math.ceil(MAX_IMPORT_BYTES / 3))}\n`;
    expect(japanese.length).toBeLessThan(MAX_IMPORT_BYTES);
    expect(parseMembersCsv(japanese)).toEqual({ ok: false, problem: { code: "tooLarge", maxBytes: MAX_IMPORT_BYTES } });
  });

  it("says what is wrong with an empty, header-only, binary or broken file", () => {
    expect(parseMembersCsv(" \n\n")).toEqual({ ok: false, problem: { code: "empty" } });
    expect(parseMembersCsv("name,team\n")).toEqual({ ok: false, problem: { code: "noRows" } });
    expect(parseMembersCsv("n\u0000a\u0000m\u0000e\u0000")).toEqual({ ok: false, problem: { code: "notText" } });
    expect(parseMembersCsv('name,team\nYui,Design\n"Mio,Sales\nKen,Ops\n')).toEqual({
      ok: false,
      problem: { code: "unclosedQuote", row: 3 },
    });
  });
});

describe("duplicates within the same file", () => {
  it("keeps the first of rows that are the same report, pointing the others at it", () => {
    const csv = [
      "name,team,email",
      "Yui Sato,Design,yui@example.com",
      "YUI SATO,Design,YUI@example.com", // same email, other case
      "Ｙｕｉ　Sato , design,", // same name and team once NFKC-normalised, no email
      "Yui Sato,Sales,", // same name, another team: another person
      "Ken Ito,Ops,ken@example.com",
      "Ken Ito,Ops,ken.ito@example.com", // two emails: two people
      ",Ops,", // invalid: never imported, so it makes nothing a duplicate
    ].join("\n");
    const plan = planMembersImport(csv, []);
    if (!plan.ok) throw new Error(plan.problem.code);
    expect(plan.rows.map(({ row, status, duplicateOfRow }) => [row, status, duplicateOfRow])).toEqual([
      [2, "new", null],
      [3, "duplicate", 2],
      [4, "duplicate", 2],
      [5, "new", null],
      [6, "new", null],
      [7, "new", null],
      [8, "invalid", null],
    ]);
    expect(plan.toAdd.map((member) => [member.name, member.team])).toEqual([
      ["Yui Sato", "Design"],
      ["Yui Sato", "Sales"],
      ["Ken Ito", "Ops"],
      ["Ken Ito", "Ops"],
    ]);
  });
});
