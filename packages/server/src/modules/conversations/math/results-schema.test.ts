import { campsConversation, createState, update } from "@kuulo/opinion";
import { describe, expect, it } from "vitest";
import { buildResults } from "./results.js";
import { conversationResultsSchema } from "./results-schema.js";

describe("the results' response schema", () => {
  it.each([
    { participants: 60, statements: 12, camps: 2, segmented: true },
    { participants: 150, statements: 30, camps: 3, segmented: true },
    { participants: 4, statements: 3, camps: 2, segmented: false },
  ])("describes what the math stores ($participants participants, $camps camps)", (c) => {
    const { votes } = campsConversation({
      participants: c.participants,
      statements: c.statements,
      density: 0.7,
      noise: 0.1,
      seed: 7,
      camps: c.camps,
    });
    const state = update({ state: createState({ seed: 1 }), votes });
    const segments = new Map<number, string>();
    if (c.segmented)
      for (let p = 0; p < c.participants; p++) segments.set(p, p % 2 === 0 ? "asukkaat" : "nuoret");
    // Stored as JSON (jsonb) and read back, as the routes serve it.
    const stored = JSON.parse(JSON.stringify(buildResults(state, segments)));
    const parsed = conversationResultsSchema.strict().safeParse(stored);
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(parsed.data).toEqual(stored);
    if (c.segmented) expect(stored.segments.statements.length).toBeGreaterThan(0);
  });
});
