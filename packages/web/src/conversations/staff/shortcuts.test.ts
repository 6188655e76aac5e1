import { describe, expect, it } from "vitest";
import { move, shortcutFor } from "./shortcuts.js";

const press = (key: string, target: { tagName?: string; type?: string } | null, extra = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  target,
  ...extra,
});

describe("moderation shortcuts", () => {
  it("maps j, k, x, a, r, m, e on buttons, checkboxes and the page", () => {
    expect(shortcutFor(press("j", { tagName: "BUTTON" }), { dialogOpen: false })).toBe("next");
    expect(shortcutFor(press("K", null), { dialogOpen: false })).toBe("previous");
    expect(
      shortcutFor(press("a", { tagName: "INPUT", type: "checkbox" }), { dialogOpen: false }),
    ).toBe("approve");
    expect(shortcutFor(press("r", { tagName: "LI" }), { dialogOpen: false })).toBe("reject");
    expect(shortcutFor(press("m", null), { dialogOpen: false })).toBe("meta");
    expect(shortcutFor(press("q", null), { dialogOpen: false })).toBeNull();
  });

  it("is off while typing in a field, in a dialog, or with modifier keys", () => {
    expect(shortcutFor(press("a", { tagName: "TEXTAREA" }), { dialogOpen: false })).toBeNull();
    expect(
      shortcutFor(press("a", { tagName: "INPUT", type: "text" }), { dialogOpen: false }),
    ).toBeNull();
    expect(shortcutFor(press("a", { tagName: "SELECT" }), { dialogOpen: false })).toBeNull();
    expect(shortcutFor(press("a", null), { dialogOpen: true })).toBeNull();
    expect(shortcutFor(press("a", null, { ctrlKey: true }), { dialogOpen: false })).toBeNull();
  });

  it("moves within the list", () => {
    expect(move(0, -1, 3)).toBe(0);
    expect(move(0, 1, 3)).toBe(1);
    expect(move(2, 1, 3)).toBe(2);
    expect(move(-1, 1, 3)).toBe(0);
    expect(move(0, 1, 0)).toBe(-1);
  });
});
