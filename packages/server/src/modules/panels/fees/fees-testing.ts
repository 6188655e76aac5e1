import { syntheticHetu } from "@kuulo/dvv";
import { ibanFromBban } from "@kuulo/payments";
import type { PaymentDetailsInput } from "./validation.js";

/** Three sessions for a panel's set-up (evening and two Saturdays). */
export const THREE_SESSIONS = ["2027-02-04", "2027-02-13", "2027-02-27"].map((date, i) => ({
  date,
  startTime: i === 0 ? "17:00" : "10:00",
  endTime: i === 0 ? "20:00" : "16:00",
  place: "Kirjasto",
  accessibility: "Esteetön",
  onlineUrl: null,
}));

/** Synthetic but valid payment details for payee `n` (a Nordea IBAN, a 1990s hetu). */
export function syntheticDetails(
  n: number,
  overrides: Partial<PaymentDetailsInput> = {},
): PaymentDetailsInput {
  return {
    name: `Panelisti ${n} Mäkelä`,
    streetAddress: `Kauppakatu ${n + 1}`,
    postalCode: "04400",
    city: "Järvenpää",
    iban: ibanFromBban("FI", `1234560000${String(1000 + n).padStart(4, "0")}`),
    personalIdentityCode: syntheticHetu({
      birthDate: `199${n % 10}-0${(n % 9) + 1}-1${n % 9}`,
      sex: n % 2 === 1 ? 1 : 2,
      serial: n % 50,
    }),
    taxStatus: { kind: "none" },
    giftCard: false,
    ...overrides,
  };
}

/** The paying organization of tests and the demo (a valid business ID and Nordea account). */
export const SAMPLE_PAYER = {
  name: "Keski-Uusimaan hyvinvointialue",
  iban: ibanFromBban("FI", "12345600009999"),
  bic: "NDEAFIHH",
  businessId: "3221340-6",
};
