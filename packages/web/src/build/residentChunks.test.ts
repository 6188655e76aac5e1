import { describe, expect, it } from "vitest";
import { type BuiltChunk, residentChunks, staffModulesIn } from "./residentChunks.js";

const chunk = (fileName: string, options: Partial<BuiltChunk> = {}): BuiltChunk => ({
  fileName,
  isEntry: false,
  facadeModuleId: null,
  imports: [],
  moduleIds: [],
  size: 100,
  ...options,
});

/** A build like the real one: the entry, the voting page, the staff area, shared chunks. */
function build(votingImports: string[]): BuiltChunk[] {
  return [
    chunk("index.js", {
      isEntry: true,
      imports: ["react.js"],
      moduleIds: ["/w/web/src/App.tsx", "/w/web/src/conversations/VotingRoute.tsx"],
    }),
    chunk("react.js", { moduleIds: ["/w/node_modules/react/index.js"] }),
    chunk("VotingPage.js", {
      facadeModuleId: "/w/web/src/conversations/VotingPage.tsx",
      imports: votingImports,
      moduleIds: ["/w/web/src/conversations/VotingPage.tsx"],
    }),
    chunk("form.js", { moduleIds: ["/w/web/src/components/form.tsx"] }),
    chunk("StaffLayout.js", {
      facadeModuleId: "/w/web/src/pages/StaffLayout.tsx",
      imports: ["form.js"],
      moduleIds: ["/w/web/src/pages/StaffLayout.tsx"],
    }),
    chunk("ModerationPage.js", {
      facadeModuleId: "/w/web/src/conversations/staff/ModerationPage.tsx",
      moduleIds: [
        "/w/web/src/conversations/staff/ModerationPage.tsx",
        "/w/web/src/conversations/staff/api.ts",
      ],
    }),
  ];
}

describe("the resident's chunks", () => {
  it("are the entry and the voting page with what they import statically", () => {
    const names = residentChunks(build(["form.js"])).map((c) => c.fileName);
    expect(names.sort()).toEqual(["VotingPage.js", "form.js", "index.js", "react.js"]);
    expect(staffModulesIn(residentChunks(build(["form.js"])))).toEqual([]);
  });

  it("are refused when they would bring staff code", () => {
    const resident = residentChunks(build(["form.js", "ModerationPage.js"]));
    expect(staffModulesIn(resident)).toEqual([
      "ModerationPage.js: /w/web/src/conversations/staff/ModerationPage.tsx",
      "ModerationPage.js: /w/web/src/conversations/staff/api.ts",
    ]);
  });

  it("need the voting page to be a chunk of its own", () => {
    const merged = build([]).filter((c) => c.fileName !== "VotingPage.js");
    expect(() => residentChunks(merged)).toThrow(/VotingPage/);
  });
});
