import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type StaffClient, type TestApp } from "../../test-app.js";
import { createTestConversation } from "./testing.js";

// The smallest valid PNG: one transparent pixel.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);

describe("a conversation's topic image", () => {
  let t: TestApp;
  let admin: StaffClient;
  beforeAll(async () => {
    t = await createTestApp();
    const org = await t.createOrg("kuvat");
    await t.addMember(org, "admin@kuvat.fi", ["admin"]);
    admin = await t.signIn("admin@kuvat.fi");
  });
  afterAll(() => t.close());

  it("is uploaded with alt text, shown to residents, and can be removed", async () => {
    const c = await createTestConversation(admin, "kuvat");
    const put = (query: string, type = "image/png", body = PNG) =>
      admin.request({
        method: "PUT",
        url: `/api/orgs/kuvat/conversations/${c.id}/image${query}`,
        headers: { "content-type": type },
        payload: body,
      });
    const noAlt = await put("");
    expect(noAlt.statusCode).toBe(400);
    expect(noAlt.json().errors[0].path).toBe("querystring.altFi");
    expect((await put("?altFi=Kuva", "image/svg+xml", Buffer.from("<svg/>"))).statusCode).toBe(415);
    expect(
      (await put(`?altFi=${encodeURIComponent("Nuoria puistossa")}&altEn=Young%20people`))
        .statusCode,
    ).toBe(204);

    const view = await t.app.inject({ method: "GET", url: `/api/p/c/${c.publicId}` });
    expect(view.json().image).toEqual({
      url: `/api/p/c/${c.publicId}/image`,
      alt: { fi: "Nuoria puistossa", sv: "Nuoria puistossa", en: "Young people" },
    });
    const image = await t.app.inject({ method: "GET", url: view.json().image.url });
    expect(image.headers["content-type"]).toBe("image/png");
    expect(image.rawPayload.equals(PNG)).toBe(true);

    expect(
      (
        await admin.request({
          method: "DELETE",
          url: `/api/orgs/kuvat/conversations/${c.id}/image`,
        })
      ).statusCode,
    ).toBe(204);
    expect(
      (await t.app.inject({ method: "GET", url: `/api/p/c/${c.publicId}` })).json().image,
    ).toBeNull();
    expect(
      (await t.app.inject({ method: "GET", url: `/api/p/c/${c.publicId}/image` })).statusCode,
    ).toBe(404);
    const audit = await admin.request({ method: "GET", url: "/api/orgs/kuvat/audit?limit=5" });
    expect(
      audit
        .json()
        .events.map((e: { action: string }) => e.action)
        .slice(0, 2),
    ).toEqual(["conversation.image_removed", "conversation.image_changed"]);
  });

  it("of an invitation-only conversation needs the invitation", async () => {
    const c = await createTestConversation(admin, "kuvat", { visibility: "invite" });
    await admin.request({
      method: "PUT",
      url: `/api/orgs/kuvat/conversations/${c.id}/image?altFi=Kuva`,
      headers: { "content-type": "image/png" },
      payload: PNG,
    });
    expect(
      (await t.app.inject({ method: "GET", url: `/api/p/c/${c.publicId}/image` })).statusCode,
    ).toBe(404);
    const token = new URL(c.links.at(-1)!.url).searchParams.get("t")!;
    const allowed = await t.app.inject({
      method: "GET",
      url: `/api/p/c/${c.publicId}/image?t=${encodeURIComponent(token)}`,
    });
    expect(allowed.statusCode).toBe(200);
  });

  it("is checked by its content, not only by the declared type (415)", async () => {
    const c = await createTestConversation(admin, "kuvat");
    const put = (type: string, body: Buffer) =>
      admin.request({
        method: "PUT",
        url: `/api/orgs/kuvat/conversations/${c.id}/image?altFi=Kuva`,
        headers: { "content-type": type },
        payload: body,
      });
    const html = Buffer.from("<!doctype html><script>alert(document.domain)</script>");
    for (const type of ["image/png", "image/jpeg", "image/webp"]) {
      const refused = await put(type, html);
      expect(refused.statusCode, type).toBe(415);
      expect(refused.json()).toMatchObject({ code: "unsupported_media_type" });
      expect(refused.json().detail).toContain("not a PNG, JPEG or WebP image");
    }
    const mislabelled = await put("image/jpeg", PNG);
    expect(mislabelled.statusCode).toBe(415);
    expect(mislabelled.json().detail).toContain("its content is image/png");
    expect(
      (await t.app.inject({ method: "GET", url: `/api/p/c/${c.publicId}/image` })).statusCode,
    ).toBe(404);
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]);
    expect((await put("image/jpeg", jpeg)).statusCode).toBe(204);
    const webp = Buffer.concat([
      Buffer.from("RIFF"),
      Buffer.from([4, 0, 0, 0]),
      Buffer.from("WEBPVP8 "),
    ]);
    expect((await put("image/webp", webp)).statusCode).toBe(204);
  });
});
