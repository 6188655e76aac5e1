import type { Db } from "../../../db/client.js";
import { createSealer } from "../../../db/sealed.js";
import { TEST_DATA_KEY } from "../../../test-app.js";
import { type Gender, type Purpose, poolConsents, poolMembers } from "../schema.js";

/**
 * A tiny StatFin 11re-shaped JSON-stat 2 table: municipalities 179 and 992, both sexes, ages
 * 20 and 50. `counts` in Alue × Sukupuoli × Ikä order (179/1/20, 179/1/50, 179/2/20, …).
 */
export function tinyPopulation(counts = [30, 20, 30, 20, 10, 40, 10, 40]) {
  return {
    version: "2.0",
    class: "dataset",
    label: "Väestö (pieni testitaulukko)",
    id: ["Vuosi", "Alue", "Sukupuoli", "Ikä", "Tiedot"],
    size: [1, 2, 2, 2, 1],
    dimension: {
      Vuosi: { label: "Vuosi", category: { index: { "2024": 0 } } },
      Alue: {
        label: "Alue",
        category: {
          index: { KU179: 0, KU992: 1 },
          label: { KU179: "Jyväskylä", KU992: "Äänekoski" },
        },
      },
      Sukupuoli: { label: "Sukupuoli", category: { index: { "1": 0, "2": 1 } } },
      Ikä: { label: "Ikä", category: { index: { "020": 0, "050": 1 } } },
      Tiedot: { label: "Tiedot", category: { index: { vaesto: 0 } } },
    },
    value: counts,
  };
}

const sealer = createSealer(Buffer.from(TEST_DATA_KEY, "hex"));
let made = 0;

/** Inserts an active (or other status) pool member with consents, straight into the tables. */
export async function insertMember(
  db: Db,
  options: {
    organizationId: string;
    municipality?: string;
    birthYear?: number;
    gender?: Gender;
    status?: "pending" | "active" | "left";
    purposes?: Purpose[];
    interests?: string[];
    withdrawn?: boolean;
  },
): Promise<string> {
  const status = options.status ?? "active";
  const [member] = await db
    .insert(poolMembers)
    .values({
      organizationId: options.organizationId,
      status,
      // Sealed under the test apps' key, so that contact reads can open it.
      emailSealed: status === "left" ? null : sealer.seal(`arvottava-${++made}@example.fi`),
      municipality: options.municipality ?? "179",
      birthYear: options.birthYear ?? 1980,
      gender: options.gender ?? "woman",
      motherTongue: "fi",
      language: "fi",
      interests: options.interests ?? [],
      channels: ["email"],
      source: "paper",
    })
    .returning({ id: poolMembers.id });
  for (const purpose of options.purposes ?? ["invitations", "panels"]) {
    await db.insert(poolConsents).values({
      organizationId: options.organizationId,
      memberId: member!.id,
      purpose,
      channel: "email",
      textVersion: 1,
      givenVia: "paper",
      withdrawnAt: options.withdrawn ? new Date() : null,
    });
  }
  return member!.id;
}
