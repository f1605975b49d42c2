import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { openNote, sealNote, sealedPrefix } from "@/lib/crypto/note-cipher";
import { buildKeyring, noteKeyId } from "@/lib/crypto/note-keys";

const newKey = () => randomBytes(32).toString("base64");
const oldKey = newKey();
const currentKey = newKey();
const before = buildKeyring(oldKey);
const after = buildKeyring(currentKey, [oldKey]);
const note = "父が入院して、週末は実家の福岡に帰っている 👨‍👩‍👧 — worried about him.";

describe("note encryption", () => {
  it("stores the key's id and no trace of the text, and reads it back", () => {
    const sealed = sealNote("Insight.text", note, after);
    expect(sealed.startsWith(`enc:v1:${noteKeyId(Buffer.from(currentKey, "base64"))}:`)).toBe(true);
    expect(sealed).not.toContain("福岡");
    expect(sealed).not.toContain("worried");
    expect(openNote("Insight.text", sealed, after)).toBe(note);
  });

  it("never encrypts the same text the same way twice (a fresh IV each time)", () => {
    expect(sealNote("Insight.text", note, after)).not.toBe(sealNote("Insight.text", note, after));
  });

  it("reads values under an earlier key while that key is configured, and refuses once it is gone", () => {
    const sealed = sealNote("FollowUp.request", "A budget for the AWS course", before);
    expect(sealed.startsWith(sealedPrefix(after.current.id))).toBe(false);
    expect(openNote("FollowUp.request", sealed, after)).toBe("A budget for the AWS course");
    expect(() => openNote("FollowUp.request", sealed, buildKeyring(currentKey))).toThrow(/not configured/);
  });

  it("detects a changed value, and a value moved to another kind of note", () => {
    const sealed = sealNote("Insight.text", note, after);
    const flipped = sealed.slice(0, -6) + (sealed.at(-6) === "A" ? "B" : "A") + sealed.slice(-5);
    expect(() => openNote("Insight.text", flipped, after)).toThrow();
    expect(() => openNote("PersonalMissionVersion.text", sealed, after)).toThrow();
  });

  it("passes text written before encryption through unchanged, and keeps empty text", () => {
    expect(openNote("Milestone.title", "Ask HR", after)).toBe("Ask HR");
    expect(openNote("FollowUp.action", sealNote("FollowUp.action", "", after), after)).toBe("");
  });

  it("refuses a key that is not 32 bytes", () => {
    expect(() => buildKeyring(randomBytes(16).toString("base64"))).toThrow(/32 random bytes/);
  });
});
