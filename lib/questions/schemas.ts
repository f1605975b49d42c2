import { z } from "zod";
import { DEPTHS } from "@/lib/insights/topics";
import { MAX_QUESTION_LENGTH, MAX_HINT_LENGTH, MAX_QUESTION_TOPIC_LENGTH } from "@/lib/questions/limits";
import { plainText } from "@/lib/validation/schemas";

export { MAX_QUESTION_LENGTH, MAX_HINT_LENGTH, MAX_QUESTION_TOPIC_LENGTH };

const optionalText = (max: number) =>
  plainText()
    .trim()
    .max(max, "tooLong")
    .transform((value) => value || null)
    .nullable()
    .default(null);

/**
 * A workspace's own question, as the manager writes it: in English, in Japanese or both (at
 * least one), shown as written. A topic is a key from the depth's topic list or free words.
 */
export const questionInputSchema = z
  .object({
    depth: z.enum(DEPTHS, "required"),
    topic: plainText("required").trim().min(1, "required").max(MAX_QUESTION_TOPIC_LENGTH, "tooLong"),
    textEn: optionalText(MAX_QUESTION_LENGTH),
    textJa: optionalText(MAX_QUESTION_LENGTH),
    hintEn: optionalText(MAX_HINT_LENGTH),
    hintJa: optionalText(MAX_HINT_LENGTH),
  })
  .superRefine((question, context) => {
    if (!question.textEn && !question.textJa) {
      context.addIssue({ code: "custom", path: ["textEn"], message: "required" });
    }
  });

export type QuestionInput = z.output<typeof questionInputSchema>;
