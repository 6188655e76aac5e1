import i18next from "i18next";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { beforeAll, describe, expect, it } from "vitest";
import appFi from "../i18n/fi.json" with { type: "json" };
import fi from "./i18n/fi.json" with { type: "json" };
import sv from "./i18n/sv.json" with { type: "json" };
import { type ParticipantDraft, ParticipantView } from "./ParticipantView.js";

const i18n = i18next.createInstance();

/** A draft in the shape of the server's `participantDraft` (modules/deliberation/participant.ts). */
function draft(status: ParticipantDraft["statement"]["status"]): ParticipantDraft {
  const label = (fi: string) => ({ fi, sv: `${fi} (sv)`, en: `${fi} (en)` });
  return {
    statement: {
      id: "s1",
      title: "Asukaspaneelin loppulausuma",
      preamble: { fi: "Johdanto" },
      status,
      supportScale: "gradients",
    },
    participant: { label: "Panelisti 1", role: "panelist" },
    scale: [5, 4, 3, 2, 1].map((level) => ({ level, label: label(`Taso ${level}`) })),
    recommendations: [
      {
        id: "r1",
        number: 1,
        title: "Aukioloajat",
        text: "Terveysasemat auki iltaisin.",
        rationale: "Työssäkäyvät",
        version: 2,
        myLevel: 4,
        myAmendments: [
          {
            id: "a1",
            proposedText: null,
            comment: "Liian kallis",
            status: "rejected",
            reason: "Ei kuulu tähän",
          },
        ],
      },
      {
        id: "r2",
        number: 2,
        title: "Kyyti",
        text: "Kutsuliikenne.",
        rationale: "",
        version: 1,
        myLevel: null,
        myAmendments: [],
      },
    ],
  };
}

const render = (status: ParticipantDraft["statement"]["status"], language = "fi") => {
  i18n.changeLanguage(language);
  return renderToStaticMarkup(
    createElement(
      I18nextProvider,
      { i18n },
      createElement(ParticipantView, {
        draft: draft(status),
        onSupport: () => {},
        onAmend: () => {},
      }),
    ),
  );
};

describe("the participant's view of a statement draft", () => {
  beforeAll(async () => {
    await i18n.use(initReactI18next).init({
      lng: "fi",
      fallbackLng: false,
      defaultNS: "app",
      ns: ["app", "deliberation"],
      resources: { fi: { app: appFi, deliberation: fi }, sv: { deliberation: sv } },
    });
  });

  it("shows each recommendation's support scale as a radio group with the own answer checked", () => {
    const html = render("support_check");
    // One fieldset with a legend per recommendation; five radios sharing its name.
    expect(html.match(/<fieldset/g)).toHaveLength(2);
    expect(html).toContain(
      `<legend>${fi.participant.supportLegend.replace("{{number}}", "1")}</legend>`,
    );
    expect(html.match(/name="support-r1"/g)).toHaveLength(5);
    expect(html).toMatch(/checked="" value="4"/);
    expect(html.match(/checked=""/g)).toHaveLength(1);
    expect(html).toContain("4 – Taso 4");
    // No amendment form during the support check; own amendments with their decision shown.
    expect(html).not.toContain("<textarea");
    expect(html).toContain("Liian kallis – hylätty: Ei kuulu tähän");
  });

  it("offers a labelled amendment form while amending, and no support buttons", () => {
    const html = render("amending");
    expect(html).not.toContain('type="radio"');
    expect(html.match(/<form/g)).toHaveLength(2);
    expect(html).toContain(`<label for="amend-text-r1">${fi.participant.proposedText}</label>`);
    expect(html).toContain('id="amend-text-r1"');
    expect(html).toContain(`<label for="amend-comment-r2">${fi.participant.comment}</label>`);
  });

  it("is in the reader's language", () => {
    const html = render("support_check", "sv");
    expect(html).toContain(sv.participant.phase.support_check);
    expect(html).toContain("Taso 5 (sv)");
  });
});
