import { describe, expect, it } from "vitest";
import { type QuestionCandidate, inLanguage, remainingQuestions, selectQuestions } from "./select-questions";

const question = (id: string, topic: string, overrides: Partial<QuestionCandidate> = {}): QuestionCandidate => ({
  id,
  key: `factual.${topic}.${id}`,
  depth: "FACTUAL",
  topic,
  textEn: `EN ${id}`,
  textJa: `JA ${id}`,
  hintEn: `hint ${id}`,
  hintJa: `ヒント ${id}`,
  ...overrides,
});
const none = { knownTopics: new Set<string>(), usedQuestionIds: new Set<string>() };

describe("choosing questions for the plan", () => {
  const bank = [
    question("1", "hometown"),
    question("2", "hometown"),
    question("3", "hobbies"),
    question("4", "hobbies"),
    question("5", "family"),
    question("6", "languages"),
    question("7", "why-this-job", { depth: "CAUSATIVE", key: "causative.why-this-job.7" }),
  ];

  it("spreads topics: the first question of each topic before any second one, only at the depth asked", () => {
    expect(remainingQuestions(bank, "FACTUAL", none).map((q) => q.id)).toEqual(["5", "3", "1", "6", "4", "2"]);
  });

  it("leaves out known topics (whatever their case) and used questions", () => {
    const exclusions = { knownTopics: new Set(["Hometown "]), usedQuestionIds: new Set(["3"]) };
    expect(remainingQuestions(bank, "FACTUAL", exclusions).map((q) => q.id)).toEqual(["5", "4", "6"]);
  });

  it("pages through sets of three deterministically, wrapping around", () => {
    const first = selectQuestions(bank, { depth: "FACTUAL", exclusions: none, locale: "en", set: 0 });
    expect(first).toMatchObject({ set: 0, sets: 2, available: 6 });
    expect(first.questions.map((q) => q.id)).toEqual(["5", "3", "1"]);
    const second = selectQuestions(bank, { depth: "FACTUAL", exclusions: none, locale: "en", set: 1 });
    expect(second.questions.map((q) => q.id)).toEqual(["6", "4", "2"]);
    expect(selectQuestions(bank, { depth: "FACTUAL", exclusions: none, locale: "en", set: 2 })).toEqual(first);
    expect(selectQuestions(bank, { depth: "FACTUAL", exclusions: none, locale: "en", set: 0 })).toEqual(first);
  });

  it("says when nothing is left", () => {
    const all = { knownTopics: new Set(["hometown", "hobbies", "family", "languages"]), usedQuestionIds: new Set<string>() };
    expect(selectQuestions(bank, { depth: "FACTUAL", exclusions: all, locale: "en", set: 3 })).toEqual({
      questions: [],
      set: 0,
      sets: 0,
      available: 0,
    });
  });

  it("shows the manager's language, and the other one only when a question has just that", () => {
    expect(inLanguage(question("1", "hometown"), "ja")).toMatchObject({ text: "JA 1", hint: "ヒント 1", lang: "ja", own: false });
    const englishOnly = question("9", "hobbies", { key: null, textJa: null, hintJa: null, hintEn: null });
    expect(inLanguage(englishOnly, "ja")).toEqual({ id: "9", topic: "hobbies", text: "EN 9", hint: null, lang: "en", own: true });
    expect(inLanguage(question("8", "family", { textEn: "  ", textJa: null }), "en")).toBeNull();
  });

  it("sorts built-in keys by number, so the tenth comes after the ninth", () => {
    const keyed = [
      question("a", "hobbies", { key: "factual.hobbies.10" }),
      question("b", "hobbies", { key: "factual.hobbies.9" }),
    ];
    expect(remainingQuestions(keyed, "FACTUAL", none).map((q) => q.id)).toEqual(["b", "a"]);
  });
});
