import type { DemoSeeder } from "../define.js";
import { editMeasure } from "./measures.js";
import { importActionTable, tableRows } from "./tables.js";

/** The demo county's action table: the youth panel's recommendations, the way a county lists them. */
export const DEMO_ACTION_ROWS: string[][] = [
  ["Suositus", "Toimenpide", "Aikataulu", "Status", "Vastuu", "Lisätieto"],
  [
    "1. Nuorten mielenterveyspalveluihin pääsee ilman pitkää jonoa",
    "Matalan kynnyksen vastaanotto kaikkiin yläkouluihin",
    "8/2025–6/2026",
    "Käynnissä",
    "Perhe- ja sosiaalipalvelut",
    "Pilotti Jyväskylässä ja Äänekoskella",
  ],
  ["", "Chat-palvelu iltaisin", "2026", "Ei aloitettu", "Perhe- ja sosiaalipalvelut", ""],
  [
    "2. Harrastukset ovat maksuttomia ja lähellä",
    "Harrastamisen Suomen malli kaikkiin kuntiin",
    "2025",
    "Toteutettu",
    "Hyvinvoinnin edistäminen",
    "",
  ],
  [
    "",
    "Koulukyydit iltaharrastuksiin",
    "",
    "Ei viedä eteenpäin",
    "Liikennepalvelut",
    "Kustannukset liian suuret; selvitetään kutsutaksi",
  ],
  [
    "3. Nuoret kuullaan päätöksenteossa",
    "Nuorisovaltuuston edustus aluevaltuuston lautakunnissa",
    "Jatkuva",
    "Jatkuva",
    "Hallinto",
    "",
  ],
];

/**
 * A published action table with a little history (an editor's status change) and a decision
 * a month before the demo was made, so that this year's period report has one.
 */
export const seedDemoActions: DemoSeeder = async (db, { organization }) => {
  const table = await importActionTable(db, {
    organizationId: organization.id,
    title: "Nuorisopaneelin suositukset 2025",
    slug: "nuorisopaneeli-2025",
    rows: DEMO_ACTION_ROWS,
    sourceKind: "panel",
    publish: true,
    actor: { label: "demo" },
  });
  const [first] = await tableRows(db, table);
  const chat = first!.measures[1]!;
  await editMeasure(db, {
    organizationId: organization.id,
    measureId: chat.id,
    changes: {
      status: "in_progress",
      decisions: [
        {
          body: "Aluehallitus",
          date: "2025-10-14",
          section: "212",
          minutesUrl: "",
        },
      ],
    },
    units: null,
    actor: { label: "demo" },
  });
  const monthAgo = new Date(Date.now() - 30 * 86_400_000);
  await editMeasure(db, {
    organizationId: organization.id,
    measureId: first!.measures[0]!.id,
    changes: {
      budgetYear: monthAgo.getUTCFullYear() + 1,
      decisions: [
        {
          body: "Aluevaltuusto",
          date: monthAgo.toISOString().slice(0, 10),
          section: "48",
          minutesUrl: "",
        },
      ],
    },
    units: null,
    actor: { label: "demo" },
  });
};
