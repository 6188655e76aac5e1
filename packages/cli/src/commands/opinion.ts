import path from "node:path";
import { parseArgs } from "node:util";
import {
  analyze,
  compareSegments,
  OpinionError,
  type OpinionMode,
  parsePolisExport,
  parseSegments,
  replay,
  toPolisMath,
  toResult,
} from "@kuulo/opinion";
import { type CliCommand, UsageError } from "../command.js";
import { readTextFile } from "../read-file.js";
import { formatSummary, statementTexts } from "./opinion-summary.js";

const HELP = `Usage: kuulo opinion analyze DIR [options]

Reads a Polis CSV export folder (comments.csv, votes.csv, optional participants-votes.csv)
and prints a summary of the opinion math, or the math as JSON.

Options:
  --format summary|json|polis|kuulo
                         summary: participants, statements, votes, groups with their sizes
                                  and most representative statements, consensus (default)
                         json, polis: Polis's math JSON (pca2 shape, agree = -1)
                         kuulo: Kuulo's typed result as JSON (agree = +1)
  --keep-groups          use the group-id column of participants-votes.csv instead of clustering
  --segments FILE        CSV participant,segment: add the segment comparison ("segments" key)
  --mode corrected|parity  corrected fixes Polis's plain bugs (default); parity reproduces them
  --replay               replay the votes in time order through 60-second ticks, as Polis ran live
  --seed N               seed for cold-start PCA vectors (default 1)
`;

/** Typed arrays become plain arrays in JSON output. */
function jsonReplacer(_key: string, value: unknown): unknown {
  return ArrayBuffer.isView(value) && !(value instanceof DataView)
    ? Array.from(value as unknown as ArrayLike<number>)
    : value;
}

const analyzeCommand: CliCommand = {
  name: "opinion analyze",
  summary: "Polis-compatible opinion math for a Polis CSV export folder",
  help: HELP,
  run: async (args, io) => {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        format: { type: "string", default: "summary" },
        "keep-groups": { type: "boolean", default: false },
        segments: { type: "string" },
        mode: { type: "string", default: "corrected" },
        replay: { type: "boolean", default: false },
        seed: { type: "string", default: "1" },
      },
    });
    if (positionals.length !== 1) throw new UsageError("give exactly one export folder (DIR)");
    const format = values.format!;
    if (!["summary", "json", "polis", "kuulo"].includes(format)) {
      throw new UsageError(`--format must be summary, json, polis or kuulo, got "${format}"`);
    }
    if (values.mode !== "corrected" && values.mode !== "parity") {
      throw new UsageError(`--mode must be corrected or parity, got "${values.mode}"`);
    }
    const seed = Number(values.seed);
    if (!Number.isInteger(seed))
      throw new UsageError(`--seed must be an integer, got "${values.seed}"`);
    if (values["keep-groups"] && values.replay)
      throw new UsageError("--keep-groups and --replay cannot be combined");
    const mode = values.mode as OpinionMode;
    const dir = path.resolve(io.cwd, positionals[0]!);
    const names = {
      comments: path.join(dir, "comments.csv"),
      votes: path.join(dir, "votes.csv"),
      participantsVotes: path.join(dir, "participants-votes.csv"),
    };
    const [comments, votes, participantsVotes] = await Promise.all([
      readTextFile(names.comments, names.comments, io, { optional: true }),
      readTextFile(names.votes, names.votes, io),
      readTextFile(names.participantsVotes, names.participantsVotes, io, { optional: true }),
    ]);
    if (values["keep-groups"] && participantsVotes === undefined) {
      throw new Error(
        `${names.participantsVotes}: --keep-groups needs this file, and it does not exist`,
      );
    }
    const data = parsePolisExport({ comments, votes: votes!, participantsVotes, fileNames: names });
    if (values["keep-groups"] && data.groups!.size === 0) {
      throw new OpinionError("CSV_BAD_VALUE", "no participant has a group-id to keep", {
        file: names.participantsVotes,
        column: "group-id",
      });
    }
    let segments: Map<number, string> | undefined;
    if (values.segments !== undefined) {
      const file = path.resolve(io.cwd, values.segments);
      segments = parseSegments((await readTextFile(file, file, io))!, file);
    }
    const state = values.replay
      ? replay({ votes: data.votes, moderation: data.moderation, mode, seed })
      : analyze({
          votes: data.votes,
          moderation: data.moderation,
          mode,
          seed,
          fixedGroups: values["keep-groups"] ? data.groups! : undefined,
        });
    const comparison = segments ? compareSegments({ state, segments }) : undefined;
    if (format === "summary") {
      io.stdout(
        formatSummary({
          name: positionals[0]!,
          result: toResult(state),
          matrix: state.matrix,
          texts: statementTexts(comments),
          ...(comparison ? { segments: comparison } : {}),
        }),
      );
      return 0;
    }
    const body: Record<string, unknown> =
      format === "kuulo" ? { ...toResult(state) } : { ...toPolisMath(state) };
    if (comparison) body.segments = comparison;
    io.stdout(`${JSON.stringify(body, jsonReplacer)}\n`);
    return 0;
  },
};

export const opinionCommands: CliCommand[] = [analyzeCommand];
