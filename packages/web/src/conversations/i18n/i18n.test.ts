import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { flattenResources, itHasCompleteTranslations, usedKeys } from "../../i18n/testing.js";
import en from "./en.json" with { type: "json" };
import fi from "./fi.json" with { type: "json" };
import sv from "./sv.json" with { type: "json" };

const resources = flattenResources({ fi, sv, en });
const moduleDir = join(dirname(fileURLToPath(import.meta.url)), "..");

/** A key exists when it is there as such or with i18next's plural suffixes. */
const has = (map: Map<string, unknown>, key: string) =>
  map.has(key) || (map.has(`${key}_one`) && map.has(`${key}_other`));

describe("conversation translations", () => {
  itHasCompleteTranslations(resources, 200);

  it("defines every literal key the module's code asks for with ct()", () => {
    const used = usedKeys(moduleDir, "ct");
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
