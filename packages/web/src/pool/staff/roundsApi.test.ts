import { describe, expect, it } from "vitest";
import { fileAsBase64, roundFileUrl } from "./roundsApi.js";

describe("recruitment round files", () => {
  it("reads a file as base64 byte for byte, also ISO-8859-1 and beyond one chunk", async () => {
    const latin1 = Buffer.from("Henkilötunnus;Sukunimi\n", "latin1");
    const big = Buffer.alloc(70_000, 0xe4);
    const bytes = Buffer.concat([latin1, big]);
    expect(await fileAsBase64(new Blob([bytes]))).toBe(bytes.toString("base64"));
  });

  it("links the letters and the printing-house file under the organization's round", () => {
    expect(roundFileUrl("kuulola", "r1", "letters.pdf")).toBe(
      "/api/orgs/kuulola/pool/rounds/r1/files/letters.pdf",
    );
  });
});
