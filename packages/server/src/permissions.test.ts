import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ROLES } from "./modules/identity/schema.js";
import { permissionTable } from "./permissions.js";
import { PERMISSIONS_DOC, renderPermissionsDoc } from "./permissions-doc.js";

describe("the application's permission table", () => {
  it("is what docs/PERMISSIONS.md says", () => {
    const checkedIn = readFileSync(PERMISSIONS_DOC, "utf8");
    expect(
      checkedIn === renderPermissionsDoc(permissionTable),
      "docs/PERMISSIONS.md is out of date: run npm run docs:permissions",
    ).toBe(true);
  });

  it("gives the admin every permission, and every role at least one", () => {
    const all = permissionTable.modules.flatMap((m) => Object.keys(m.permissions));
    expect(all.length).toBeGreaterThan(10);
    for (const name of all) expect(permissionTable.can(["admin"], name as never), name).toBe(true);
    for (const role of ROLES)
      expect(
        all.some((name) => permissionTable.can([role], name as never)),
        role,
      ).toBe(true);
  });

  it("lets only those who moderate see statements that are not approved", () => {
    const holders = ROLES.filter((r) => permissionTable.can([r], "conversation.moderate"));
    expect(holders).toEqual(["admin", "moderator"]);
  });
});
