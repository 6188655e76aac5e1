import { readFileSync } from "node:fs";
import { AUDIT_ACTIONS } from "@kuulo/server";
import { describe, expect, it } from "vitest";

// The web app's bundles, read as data (the web is not imported into a root script).
const bundle = (language: string) =>
  JSON.parse(
    readFileSync(new URL(`../packages/web/src/i18n/${language}.json`, import.meta.url), "utf8"),
  ) as { audit: { actions: Record<string, Record<string, string>> } };

describe("the audit log words every action the server records", () => {
  it.each(["fi", "sv", "en"])("in %s", (language) => {
    const actions = bundle(language).audit.actions;
    expect(AUDIT_ACTIONS.length).toBeGreaterThan(20);
    const missing = AUDIT_ACTIONS.filter((action) => {
      const [module = "", name = ""] = action.split(/\.(.*)/s);
      return !actions[module]?.[name];
    });
    expect(missing).toEqual([]);
  });
});
