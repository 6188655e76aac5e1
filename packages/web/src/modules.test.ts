import { describe, expect, it } from "vitest";
import en from "./conversations/i18n/en.json" with { type: "json" };
import fi from "./conversations/i18n/fi.json" with { type: "json" };
import sv from "./conversations/i18n/sv.json" with { type: "json" };
import i18next from "./i18n/index.js";
import { webModules } from "./modules.js";

describe("the web app's module list", () => {
  it("names each module once, each with routes", () => {
    const names = webModules.map((m) => m.name);
    expect(new Set(names).size).toBe(names.length);
    for (const m of webModules) expect(m.siteRoutes ?? m.staffRoutes, m.name).toBeDefined();
  });

  it("loads a module's namespace on first use, in every language at once", async () => {
    expect(i18next.hasResourceBundle("fi", "conversations")).toBe(false);
    await i18next.loadNamespaces("conversations");
    for (const language of ["fi", "sv", "en"] as const)
      expect(i18next.hasResourceBundle(language, "conversations"), language).toBe(true);
    expect(i18next.t("navLink", { ns: "conversations", lng: "fi" })).toBe(fi.navLink);
    expect(i18next.t("navLink", { ns: "conversations", lng: "sv" })).toBe(sv.navLink);
    expect(i18next.t("navLink", { ns: "conversations", lng: "en" })).toBe(en.navLink);
  });
});
