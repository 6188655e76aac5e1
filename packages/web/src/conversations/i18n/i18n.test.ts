import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import en from "./en.json" with { type: "json" };
import fi from "./fi.json" with { type: "json" };
import sv from "./sv.json" with { type: "json" };

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === "object") {
      for (const [k, v] of flatten(value, path)) out.set(k, v);
    } else out.set(path, value);
  }
  return out;
}

const resources = { fi: flatten(fi), sv: flatten(sv), en: flatten(en) };
const moduleDir = join(dirname(fileURLToPath(import.meta.url)), "..");

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".test.ts") ? [path] : [];
  });
}

/** A key exists when it is there as such or with i18next's plural suffixes. */
const has = (map: Map<string, unknown>, key: string) =>
  map.has(key) || (map.has(`${key}_one`) && map.has(`${key}_other`));

describe("conversation translations", () => {
  it("has the same keys in Finnish, Swedish and English", () => {
    const keys = [...resources.fi.keys()].sort();
    expect([...resources.sv.keys()].sort()).toEqual(keys);
    expect([...resources.en.keys()].sort()).toEqual(keys);
    expect(keys.length).toBeGreaterThan(200);
  });

  it("has no empty or non-string values", () => {
    for (const [language, map] of Object.entries(resources)) {
      for (const [key, value] of map) {
        expect(typeof value, `${language}: ${key}`).toBe("string");
        expect((value as string).trim(), `${language}: ${key} is empty`).not.toBe("");
      }
    }
  });

  it("uses the same interpolation variables in every language", () => {
    const vars = (s: unknown) => [...String(s).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const [key, value] of resources.fi) {
      expect(vars(resources.sv.get(key)), `sv: ${key}`).toEqual(vars(value));
      expect(vars(resources.en.get(key)), `en: ${key}`).toEqual(vars(value));
    }
  });

  it("defines every literal key the module's code asks for with ct()", () => {
    const used = new Set<string>();
    for (const file of sources(moduleDir)) {
      const text = readFileSync(file, "utf8");
      for (const m of text.matchAll(/\bct\(\s*"([a-zA-Z0-9_.]+)"/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(150);
    expect([...used].filter((key) => !has(resources.fi, key))).toEqual([]);
  });

  it("defines the keys the code builds from values", () => {
    const dynamic = [
      ...["agree", "disagree", "pass"].map((v) => `vote.${v}`),
      ...[
        "closed",
        "upcoming",
        "removed",
        "unknown_statement",
        "rate_limited",
        "network",
        "other",
      ].map((p) => `vote.problem.${p}`),
      ...[
        "duplicate",
        "near_duplicate",
        "closed",
        "not_allowed",
        "invalid",
        "rate_limited",
        "network",
        "other",
      ].map((p) => `write.problem.${p}`),
      ...["upcoming", "open", "closed"].map((s) => `staff.state.${s}`),
      ...["public", "invite"].map((s) => `staff.visibility.${s}`),
      ...["pre", "post"].map((s) => `staff.moderationMode.${s}`),
      ...["pending", "approved", "rejected"].map((s) => `staff.status.${s}`),
      ...["profanity", "phone", "email", "hetu"].map((s) => `staff.flag.${s}`),
      ...["approve", "reject", "meta", "unmeta", "edit"].map((s) => `staff.moderation.done.${s}`),
      ...["next", "previous", "select", "approve", "reject", "meta", "edit"].map(
        (s) => `staff.moderation.shortcut.${s}`,
      ),
      ...["required", "length", "order", "segmentKey", "segmentKeyTaken"].map(
        (s) => `staff.form.problem.${s}`,
      ),
      ...["comments", "votes", "participantsVotes", "summary"].map((s) => `staff.import.file.${s}`),
    ];
    expect(dynamic.filter((key) => !has(resources.fi, key))).toEqual([]);
  });
});
