import { describe, expect, it } from "vitest";
import { composePermissions, declarePermissions, type Permission } from "./permissions.js";

const ROLES = ["admin", "moderator", "viewer"] as const;
const sample = declarePermissions({
  module: "sample",
  title: "Sample",
  permissions: {
    "sample.read": { allows: "Read samples.", roles: ["admin", "moderator", "viewer"] },
    "sample.moderate": { allows: "Moderate samples.", roles: ["admin", "moderator"] },
  },
});
// The sample's names are not in the app's registry; the mechanism takes any string.
const p = (name: string) => name as Permission;

describe("the permission table", () => {
  const table = composePermissions({ roles: ROLES, modules: [sample] });

  it("grants a permission when any one of the member's roles holds it", () => {
    expect(table.can(["viewer"], p("sample.read"))).toBe(true);
    expect(table.can(["viewer"], p("sample.moderate"))).toBe(false);
    expect(table.can(["viewer", "moderator"], p("sample.moderate"))).toBe(true);
    expect(table.can([], p("sample.read"))).toBe(false);
  });

  it("throws for a permission that no module declares, rather than refusing quietly", () => {
    expect(() => table.can(["admin"], p("sample.delete"))).toThrow(/Unknown permission/);
    expect(table.has("sample.delete")).toBe(false);
    expect(table.has("sample.read")).toBe(true);
  });

  it("refuses a permission declared twice, an unknown role and a permission no role holds", () => {
    expect(() => composePermissions({ roles: ROLES, modules: [sample, sample] })).toThrow(
      /declared twice/,
    );
    const unknownRole = declarePermissions({
      module: "other",
      title: "Other",
      permissions: { "other.read": { allows: "Read.", roles: ["owner"] } },
    });
    expect(() => composePermissions({ roles: ROLES, modules: [unknownRole] })).toThrow(
      /unknown roles: owner/,
    );
    const nobody = declarePermissions({
      module: "other",
      title: "Other",
      permissions: { "other.read": { allows: "Read.", roles: [] } },
    });
    expect(() => composePermissions({ roles: ROLES, modules: [nobody] })).toThrow(/No role/);
  });

  it("refuses names that are not resource.action and permissions that do not say what they allow", () => {
    const declare = (name: string, allows = "Something.") =>
      declarePermissions({
        module: "m",
        title: "M",
        permissions: { [name]: { allows, roles: ["admin"] } },
      });
    expect(() => declare("read")).toThrow(/resource\.action/);
    expect(() => declare("Sample.Read")).toThrow(/resource\.action/);
    expect(() => declare("sample.read", " ")).toThrow(/say what it allows/);
    expect(() => declare("conversation.results.read")).not.toThrow();
  });
});
