import { describe, expect, it } from "vitest";
import { type CliCommand, UsageError } from "./command.js";
import { allCommands } from "./commands/index.js";
import { findCommand, main } from "./main.js";
import { captureIO as capture } from "./testing.js";

function captureIO() {
  return capture();
}

const commands: CliCommand[] = [
  { name: "org", summary: "orgs", help: "org help", run: async () => 3 },
  {
    name: "org create",
    summary: "create an org",
    help: "org create help",
    run: async (args) => args.length,
  },
  {
    name: "fail",
    summary: "fails",
    help: "Usage: kuulo fail",
    run: async () => {
      throw new UsageError("--k is required");
    },
  },
];

describe("kuulo command dispatch", () => {
  it("prefers the longest matching command and passes the rest", () => {
    const found = findCommand(commands, ["org", "create", "a", "b"]);
    expect(found?.command.name).toBe("org create");
    expect(found?.rest).toEqual(["a", "b"]);
  });

  it("runs a command and returns its exit code", async () => {
    expect(await main(["org", "create", "x"], captureIO(), commands)).toBe(1);
    expect(await main(["org"], captureIO(), commands)).toBe(3);
  });

  it("prints per-command help", async () => {
    const io = captureIO();
    expect(await main(["org", "create", "--help"], io, commands)).toBe(0);
    expect(io.out).toContain("org create help");
  });

  it("reports an unknown command with exit code 2", async () => {
    const io = captureIO();
    expect(await main(["nope"], io, commands)).toBe(2);
    expect(io.err).toContain('unknown command "nope"');
  });

  it("shows usage errors with the command's help", async () => {
    const io = captureIO();
    expect(await main(["fail"], io, commands)).toBe(2);
    expect(io.err).toContain("--k is required");
    expect(io.err).toContain("Usage: kuulo fail");
  });

  it("answers an unknown option of every command with its usage and exit code 2", async () => {
    for (const command of allCommands) {
      const io = captureIO();
      const words = command.name.split(" ");
      expect(await main([...words, "--no-such-option"], io), command.name).toBe(2);
      expect(io.err, command.name).toContain(
        `kuulo ${command.name}: Unknown option '--no-such-option'`,
      );
      expect(io.err, command.name).toContain(`Usage: kuulo ${command.name}`);
    }
  });
});
