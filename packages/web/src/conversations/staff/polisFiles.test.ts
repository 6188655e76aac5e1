import { describe, expect, it } from "vitest";
import { sortPolisFiles } from "./polisFiles.js";

describe("Polis export files", () => {
  it("recognises the four files by name, participants-votes before votes", () => {
    const names = [
      "2024-01-02-abc-participants-votes.csv",
      "2024-01-02-abc-votes.csv",
      "comments.csv",
      "SUMMARY.CSV",
      "notes.txt",
    ].map((name) => ({ name }));
    const { files, ignored } = sortPolisFiles(names);
    expect(files.participantsVotes?.name).toBe("2024-01-02-abc-participants-votes.csv");
    expect(files.votes?.name).toBe("2024-01-02-abc-votes.csv");
    expect(files.comments?.name).toBe("comments.csv");
    expect(files.summary?.name).toBe("SUMMARY.CSV");
    expect(ignored.map((f) => f.name)).toEqual(["notes.txt"]);
  });
});
