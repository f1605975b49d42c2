import { describe, expect, it } from "vitest";
import { decodeCsvBytes } from "@/lib/members/csv-import-file";

const utf8 = (text: string) => new TextEncoder().encode(text);

describe("reading a chosen file", () => {
  it("reads UTF-8, dropping a byte order mark", () => {
    expect(decodeCsvBytes(utf8("氏名\n佐藤 結\n"))).toBe("氏名\n佐藤 結\n");
    expect(decodeCsvBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("name\nYui\n")]))).toBe("name\nYui\n");
  });

  it("reads Shift_JIS, what Excel in Japan saves as plain CSV", () => {
    // 氏名 in Shift_JIS: 0x8E81 0x96BC.
    expect(decodeCsvBytes(new Uint8Array([0x8e, 0x81, 0x96, 0xbc, 0x0a]))).toBe("氏名\n");
  });

  it("reads UTF-16 with a byte order mark (Excel's Unicode text)", () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...[..."name"].flatMap((char) => [char.charCodeAt(0), 0])]);
    expect(decodeCsvBytes(bytes)).toBe("name");
  });

  it("gives up on bytes that are neither", () => {
    expect(decodeCsvBytes(new Uint8Array([0x80, 0xff, 0xfe, 0x81]))).toBeNull();
  });
});
