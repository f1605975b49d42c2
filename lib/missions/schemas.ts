import { z } from "zod";
import { MAX_MISSION_LENGTH } from "@/lib/missions/limits";
import { plainText } from "@/lib/validation/schemas";

export { MAX_MISSION_LENGTH };

/** A new version of a report's personal mission, as the form sends it. */
export const missionInputSchema = z.object({
  memberId: z.string().min(1).max(64),
  /** The version the form was opened on; 0 when there was none yet. */
  baseVersion: z.coerce.number().int().min(0),
  text: plainText("required")
    // Browsers send line breaks as CRLF: normalise, so an unchanged text compares equal.
    .transform((text) => text.replace(/\r\n?/g, "\n").trim())
    .pipe(z.string().min(1, "required").max(MAX_MISSION_LENGTH, "tooLong")),
});

export type MissionInput = z.output<typeof missionInputSchema>;
