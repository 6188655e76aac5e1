import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type StaffClient, type TestApp } from "../../test-app.js";
import { mailQueue } from "../messaging/schema.js";
import { accessibilityFeedback } from "./schema.js";

const DAY = 24 * 60 * 60 * 1000;

/** The legal pages and the accessibility feedback channel over HTTP. */
describe("privacy notice, accessibility statement and feedback", () => {
  let t: TestApp;
  let admin: StaffClient;
  let otherAdmin: StaffClient;

  beforeAll(async () => {
    t = await createTestApp();
    const org = await t.createOrg("lakikunta");
    const other = await t.createOrg("toinenkunta");
    await t.addMember(org, "admin@lakikunta.fi", ["admin"]);
    await t.addMember(org, "moderaattori@lakikunta.fi", ["moderator"]);
    await t.addMember(other, "admin@toinenkunta.fi", ["admin"]);
    admin = await t.signIn("admin@lakikunta.fi", "lakikunta");
    otherAdmin = await t.signIn("admin@toinenkunta.fi", "toinenkunta");
  });
  afterAll(() => t.close());

  const publicDoc = async (slug: string, kind: string) =>
    t.app.inject({ method: "GET", url: `/api/orgs/${slug}/legal/${kind}` });
  const feedback = (slug: string, payload: unknown, ip = "192.0.2.1") =>
    t.app.inject({
      method: "POST",
      url: `/api/orgs/${slug}/accessibility/feedback`,
      payload: payload as object,
      remoteAddress: ip,
    });
  const latestAudit = async () =>
    (await admin.request({ method: "GET", url: "/api/orgs/lakikunta/audit?limit=1" })).json()
      .events[0];

  it("shows the privacy notice template made from the organization and what Kuulo stores", async () => {
    const response = await publicDoc("lakikunta", "privacy");
    expect(response.statusCode).toBe(200);
    const doc = response.json();
    expect(doc.edited).toBe(false);
    expect(doc.body.fi).toContain("lakikunta fi");
    expect(doc.body.sv).toContain("lakikunta sv");
    expect(doc.body.fi).toContain("6 artiklan 1 kohdan e alakohta");
    expect(doc.body.fi).toContain("tietosuojavaltuutetun");
    expect(doc.body.fi).toContain("avaimellisena tiivisteenä");
    expect(doc.body.en).toContain("outside the EU or the EEA");
  });

  it("shows the accessibility statement template with the default supervisory authority", async () => {
    const doc = (await publicDoc("lakikunta", "accessibility")).json();
    expect(doc.body.fi).toContain("osittain");
    expect(doc.body.fi).toContain("www.saavutettavuusvaatimukset.fi");
    expect(doc.body.fi).toContain("axe-core");
    expect(doc.body.sv).toContain("Tillgänglighetsutlåtande");
  });

  it("refuses an unknown document (400) and answers 404 for an unknown organization", async () => {
    expect((await publicDoc("lakikunta", "cookies")).statusCode).toBe(400);
    expect((await publicDoc("eiole", "privacy")).statusCode).toBe(404);
  });

  it("fills the statement from the recorded evaluation and an edited authority", async () => {
    const saved = await admin.request({
      method: "PUT",
      url: "/api/orgs/lakikunta/legal-facts",
      payload: {
        controllerContact: "kirjaamo@lakikunta.fi",
        dpoContact: "tietosuoja@lakikunta.fi",
        supervisoryAuthority: "Uusi valvontavirasto, www.example.fi",
        conformance: "partial",
        evaluatedOn: "2026-11-20",
        evaluator: "Saavutettavuus Oy",
        nonConformities: [
          { fi: "Kartalla ei ole tekstivastinetta.", sv: "", en: "The map has no text." },
        ],
      },
    });
    expect(saved.statusCode).toBe(200);
    expect(await latestAudit()).toMatchObject({ action: "legal.facts_changed" });
    const doc = (await publicDoc("lakikunta", "accessibility")).json();
    expect(doc.body.fi).toContain("20.11.2026");
    expect(doc.body.fi).toContain("Saavutettavuus Oy");
    expect(doc.body.fi).toContain("- Kartalla ei ole tekstivastinetta.");
    // A language without the text falls back to Finnish.
    expect(doc.body.sv).toContain("- Kartalla ei ole tekstivastinetta.");
    expect(doc.body.en).toContain("- The map has no text.");
    expect(doc.body.fi).toContain("Uusi valvontavirasto");
    expect(doc.body.fi).not.toContain("saavutettavuusvaatimukset.fi");
    const privacy = (await publicDoc("lakikunta", "privacy")).json();
    expect(privacy.body.fi).toContain("tietosuoja@lakikunta.fi");
  });

  it("publishes an admin's own text, and goes back to the template on reset", async () => {
    const put = await admin.request({
      method: "PUT",
      url: "/api/orgs/lakikunta/legal/privacy",
      payload: { fi: "# Oma seloste\n\nKäsittelemme vähän.", sv: "", en: "" },
    });
    expect(put.statusCode).toBe(200);
    expect(await latestAudit()).toMatchObject({
      action: "legal.document_edited",
      targetId: "privacy",
      actor: { email: "admin@lakikunta.fi" },
    });
    const shown = (await publicDoc("lakikunta", "privacy")).json();
    expect(shown).toMatchObject({
      edited: true,
      body: { fi: "# Oma seloste\n\nKäsittelemme vähän." },
    });
    // The other organization still shows its template.
    expect((await publicDoc("toinenkunta", "privacy")).json().edited).toBe(false);
    const staff = (await admin.request({ method: "GET", url: "/api/orgs/lakikunta/legal" })).json();
    const privacy = staff.documents.find((d: { kind: string }) => d.kind === "privacy");
    expect(privacy.updatedBy).toBe("admin@lakikunta.fi");
    expect(privacy.template.fi).toContain("lakikunta fi");

    const reset = await admin.request({
      method: "DELETE",
      url: "/api/orgs/lakikunta/legal/privacy",
    });
    expect(reset.statusCode).toBe(200);
    expect(await latestAudit()).toMatchObject({ action: "legal.document_reset" });
    expect((await publicDoc("lakikunta", "privacy")).json().edited).toBe(false);
  });

  it("refuses a document without Finnish text, naming the field", async () => {
    const put = await admin.request({
      method: "PUT",
      url: "/api/orgs/lakikunta/legal/privacy",
      payload: { fi: "  ", sv: "Text", en: "" },
    });
    expect(put.statusCode).toBe(400);
    expect(put.json().errors[0].path).toBe("body.fi");
  });

  it("refuses feedback without a message or with a bad email, naming the field", async () => {
    const empty = await feedback("lakikunta", { message: "  ", language: "fi" });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors).toEqual([
      expect.objectContaining({ path: "body.message", code: "required" }),
    ]);
    const email = await feedback("lakikunta", {
      message: "Hei",
      email: "ei-osoite",
      language: "fi",
    });
    expect(email.statusCode).toBe(400);
    expect(email.json().errors[0]).toMatchObject({ path: "body.email", code: "invalid_format" });
  });

  it("stores feedback with a due date 14 days later, lists it for staff and logs the read", async () => {
    const sent = await feedback("lakikunta", {
      message: "Lomakkeen virheilmoitus ei tule ruudunlukijalle.",
      concerns: "/lakikunta/c/abc",
      email: "asukas@example.fi",
      language: "sv",
    });
    expect(sent.statusCode).toBe(201);
    const receipt = sent.json();
    expect(Date.parse(receipt.dueAt) - Date.parse(receipt.receivedAt)).toBe(14 * DAY);

    // The staff who read feedback are told by mail, without the feedback's content.
    const mails = await t.database.db.select().from(mailQueue);
    expect(mails.map((m) => m.to)).toEqual(["admin@lakikunta.fi"]);
    expect(mails[0]!.subject).toBe("Uusi saavutettavuuspalaute – lakikunta fi");
    expect(mails[0]!.text).toContain("/lakikunta/staff/legal/feedback");
    expect(mails[0]!.text).not.toContain("ruudunlukijalle");
    expect(mails[0]!.text).not.toContain("asukas@example.fi");

    const list = await admin.request({
      method: "GET",
      url: "/api/orgs/lakikunta/accessibility/feedback",
    });
    expect(list.statusCode).toBe(200);
    expect(list.json()).toMatchObject({ open: 1, overdue: 0 });
    expect(list.json().items[0]).toMatchObject({
      message: "Lomakkeen virheilmoitus ei tule ruudunlukijalle.",
      concerns: "/lakikunta/c/abc",
      email: "asukas@example.fi",
      language: "sv",
      status: "open",
      dueAt: receipt.dueAt,
      overdue: false,
    });
    expect(await latestAudit()).toMatchObject({
      action: "accessibility.feedback_read",
      actor: { email: "admin@lakikunta.fi" },
    });
    // Another organization's staff see none of it.
    const others = await otherAdmin.request({
      method: "GET",
      url: "/api/orgs/toinenkunta/accessibility/feedback",
    });
    expect(others.json().items).toEqual([]);
    const foreign = await otherAdmin.request({
      method: "GET",
      url: "/api/orgs/lakikunta/accessibility/feedback",
    });
    expect(foreign.statusCode).toBe(403);
  });

  it("counts feedback past its due date as overdue until it is marked answered", async () => {
    const sent = await feedback("lakikunta", { message: "Vanha palaute", language: "fi" });
    expect(sent.statusCode).toBe(201);
    const [old] = await t.database.db
      .update(accessibilityFeedback)
      .set({ receivedAt: new Date(Date.now() - 15 * DAY) })
      .where(eq(accessibilityFeedback.message, "Vanha palaute"))
      .returning();
    const summary = await admin.request({
      method: "GET",
      url: "/api/orgs/lakikunta/accessibility/feedback-summary",
    });
    expect(summary.json()).toEqual({ open: 2, overdue: 1 });
    const list = (
      await admin.request({ method: "GET", url: "/api/orgs/lakikunta/accessibility/feedback" })
    ).json();
    expect(list.items.find((i: { id: string }) => i.id === old!.id).overdue).toBe(true);

    // Another organization cannot answer it through its own address.
    const foreign = await otherAdmin.request({
      method: "POST",
      url: `/api/orgs/toinenkunta/accessibility/feedback/${old!.id}/answer`,
      payload: { note: "x" },
    });
    expect(foreign.statusCode).toBe(404);

    const answered = await admin.request({
      method: "POST",
      url: `/api/orgs/lakikunta/accessibility/feedback/${old!.id}/answer`,
      payload: { note: "Vastattu sähköpostilla." },
    });
    expect(answered.statusCode).toBe(204);
    expect(await latestAudit()).toMatchObject({
      action: "accessibility.feedback_answered",
      targetId: old!.id,
    });
    const after = (
      await admin.request({ method: "GET", url: "/api/orgs/lakikunta/accessibility/feedback" })
    ).json();
    expect(after).toMatchObject({ open: 1, overdue: 0 });
    expect(after.items.find((i: { id: string }) => i.id === old!.id)).toMatchObject({
      status: "answered",
      answerNote: "Vastattu sähköpostilla.",
      answeredBy: "admin@lakikunta.fi",
      overdue: false,
    });
  });

  it("limits how much feedback one address can send", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      statuses.push(
        (await feedback("toinenkunta", { message: `Viesti ${i}`, language: "fi" }, "198.51.100.7"))
          .statusCode,
      );
    }
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429]);
  });
});
