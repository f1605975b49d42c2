import { describe, expect, it } from "vitest";
import { DEPTHS, TOPICS_BY_DEPTH } from "@/lib/insights/topics";
import { BUILTIN_QUESTIONS, type BuiltinQuestion } from "@/lib/questions/builtin-questions";

const KEY_PATTERN = /^(factual|causative|values)\.([a-z]+(?:-[a-z]+)*)\.([1-9]\d*)$/;
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
// Spoken polite register (です・ます): every Japanese question carries a polite ending somewhere.
const POLITE = /(です|ます|でした|ました|ません|ください)/;
// Words that would turn a conversation into an extraction (DOMAIN.md, "Intention").
const EXTRACTIVE_EN = /\b(weakness(es)?|weak points?|secrets?|worst|failures?|regrets?|salary|rate yourself)\b/i;
const EXTRACTIVE_JA = /(弱み|弱点|短所|秘密|失敗|後悔|給料|年収|点数)/;

const atDepth = (depth: BuiltinQuestion["depth"]) => BUILTIN_QUESTIONS.filter((question) => question.depth === depth);

describe("BUILTIN_QUESTIONS", () => {
  it.each(DEPTHS)("has at least 20 questions at %s", (depth) => {
    expect(atDepth(depth).length).toBeGreaterThanOrEqual(20);
  });

  it.each(DEPTHS)("covers every %s topic with at least 3 questions", (depth) => {
    for (const topic of TOPICS_BY_DEPTH[depth]) {
      const count = atDepth(depth).filter((question) => question.topic === topic).length;
      expect(count, `${depth}/${topic}`).toBeGreaterThanOrEqual(3);
    }
  });

  it("only uses topics that belong to the question's depth", () => {
    for (const question of BUILTIN_QUESTIONS) {
      expect(TOPICS_BY_DEPTH[question.depth] as readonly string[], question.key).toContain(question.topic);
    }
  });

  it("has unique keys", () => {
    const keys = BUILTIN_QUESTIONS.map((question) => question.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("keys read <depth>.<topic>.<n> and agree with the question's depth and topic", () => {
    for (const question of BUILTIN_QUESTIONS) {
      const match = KEY_PATTERN.exec(question.key);
      expect(match, question.key).not.toBeNull();
      expect(match?.[1]).toBe(question.depth.toLowerCase());
      expect(match?.[2]).toBe(question.topic);
    }
  });

  it("numbers each topic's questions from 1 without gaps", () => {
    const numbersByTopic = new Map<string, number[]>();
    for (const question of BUILTIN_QUESTIONS) {
      const prefix = question.key.slice(0, question.key.lastIndexOf("."));
      const numbers = numbersByTopic.get(prefix) ?? [];
      numbers.push(Number(question.key.slice(question.key.lastIndexOf(".") + 1)));
      numbersByTopic.set(prefix, numbers);
    }
    for (const [prefix, numbers] of numbersByTopic) {
      const sorted = [...numbers].sort((a, b) => a - b);
      expect(sorted, prefix).toEqual(sorted.map((_, index) => index + 1));
    }
  });

  it("has no empty, padded or multi-line text or hints", () => {
    for (const question of BUILTIN_QUESTIONS) {
      for (const field of ["textEn", "textJa", "hintEn", "hintJa"] as const) {
        const value = question[field];
        expect(value.trim(), `${question.key}.${field}`).not.toBe("");
        expect(value, `${question.key}.${field}`).toBe(value.trim());
        expect(value, `${question.key}.${field}`).not.toMatch(/[\r\n]/);
      }
    }
  });

  it.each(["textEn", "textJa"] as const)("never repeats a question (%s)", (field) => {
    const texts = BUILTIN_QUESTIONS.map((question) => question[field].toLowerCase());
    const duplicates = texts.filter((text, index) => texts.indexOf(text) !== index);
    expect(duplicates).toEqual([]);
  });

  it("asks every English question as a question", () => {
    for (const question of BUILTIN_QUESTIONS) {
      expect(question.textEn, question.key).toMatch(/\?$/);
    }
  });

  it("writes every Japanese question in Japanese, politely, ending with a question mark", () => {
    for (const question of BUILTIN_QUESTIONS) {
      expect(question.textJa, question.key).toMatch(JAPANESE);
      expect(question.textJa, question.key).toMatch(POLITE);
      expect(question.textJa, question.key).toMatch(/[？?]$/);
    }
  });

  it("gives a one-sentence-style hint in both languages", () => {
    for (const question of BUILTIN_QUESTIONS) {
      expect(question.hintEn, question.key).toMatch(/\.$/);
      expect(question.hintJa, question.key).toMatch(JAPANESE);
      expect(question.hintJa, question.key).toMatch(/。$/);
      expect(question.hintEn, question.key).not.toBe(question.textEn);
      expect(question.hintJa, question.key).not.toBe(question.textJa);
    }
  });

  it("keeps questions conversational, not interrogations: no extractive wording", () => {
    for (const question of BUILTIN_QUESTIONS) {
      expect(question.textEn, question.key).not.toMatch(EXTRACTIVE_EN);
      expect(question.textJa, question.key).not.toMatch(EXTRACTIVE_JA);
    }
  });

  it("keeps questions short enough to ask in passing", () => {
    for (const question of BUILTIN_QUESTIONS) {
      expect(question.textEn.length, question.key).toBeLessThanOrEqual(120);
      expect(question.textJa.length, question.key).toBeLessThanOrEqual(60);
    }
  });
});
