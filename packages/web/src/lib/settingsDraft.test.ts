import { describe, expect, it } from "vitest";
import type { OrgSettings } from "../api/types.js";
import { draftOf, patchOf } from "./settingsDraft.js";

const settings: OrgSettings = {
  slug: "demo",
  name: { fi: "Keski-Suomi", sv: "Mellersta Finland", en: "Central Finland" },
  languages: ["fi", "sv", "en"],
  defaultLanguage: "fi",
  themeColor: "#00594f",
  logoUrl: null,
  oidc: { enabled: false, issuer: null, clientId: null, hasSecret: false },
};

describe("settings PATCH body", () => {
  it("is empty when nothing changed", () => {
    expect(patchOf(settings, draftOf(settings))).toEqual({});
  });

  it("carries only the changed fields, trimmed and lower-cased", () => {
    const draft = draftOf(settings);
    draft.name.sv = "  Mellersta Finlands välfärdsområde ";
    draft.themeColor = "#FFD700";
    draft.languages = ["fi", "sv"];
    expect(patchOf(settings, draft)).toEqual({
      name: { fi: "Keski-Suomi", sv: "Mellersta Finlands välfärdsområde", en: "Central Finland" },
      themeColor: "#ffd700",
      languages: ["fi", "sv"],
    });
  });

  it("sends OpenID Connect fields that changed; empty clears them; a secret only when typed", () => {
    const draft = draftOf(settings);
    draft.oidcEnabled = true;
    draft.issuer = "https://login.example.fi";
    draft.clientId = "kuulo";
    draft.clientSecret = "s3cret";
    expect(patchOf(settings, draft).oidc).toEqual({
      enabled: true,
      issuer: "https://login.example.fi",
      clientId: "kuulo",
      clientSecret: "s3cret",
    });

    const saved: OrgSettings = {
      ...settings,
      oidc: {
        enabled: true,
        issuer: "https://login.example.fi",
        clientId: "kuulo",
        hasSecret: true,
      },
    };
    const off = draftOf(saved);
    expect(off.clientSecret).toBe("");
    off.oidcEnabled = false;
    off.issuer = "";
    expect(patchOf(saved, off)).toEqual({ oidc: { enabled: false, issuer: null } });
  });
});
