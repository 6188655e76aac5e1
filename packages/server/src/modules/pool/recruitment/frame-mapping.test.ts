import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type StaffClient, type TestApp } from "../../../test-app.js";
import { readFrameMapping } from "./frame-mapping.js";
import { dvvFixture, sampleRound } from "./testing.js";

const HEADERS =
  "PersonalIdentityCode|LastName|FirstNames|MotherTongue|HomeMunicipality|Street|Zip|City|NonDisclosure|DateOfDeath";

/** The fixture extract with English headers, `|` between the columns, in ISO-8859-1. */
function otherExtract(): Buffer {
  const [, ...rows] = dvvFixture("vaesto-otanta.csv").toString("utf8").split("\n");
  return Buffer.from([HEADERS, ...rows.map((r) => r.replaceAll(";", "|"))].join("\n"), "latin1");
}

const MAPPING = `{
  "delimiter": "|",
  "fields": {
    "hetu": "PersonalIdentityCode",
    "surname": "LastName",
    "first_names": "FirstNames",
    "language": "MotherTongue",
    "municipality": "HomeMunicipality",
    "street_address": "Street",
    "postal_code": "Zip",
    "post_office": "City",
    "turvakielto": "NonDisclosure",
    "death_date": "DateOfDeath"
  }
}`;

describe("frame import with a column mapping and an encoding", () => {
  let t: TestApp;
  let admin: StaffClient;
  const base = "/api/orgs/kartoituskunta/pool/rounds";

  beforeAll(async () => {
    t = await createTestApp();
    const org = await t.createOrg("kartoituskunta");
    await t.addMember(org, "admin@kartoitus.fi", ["admin"]);
    admin = await t.signIn("admin@kartoitus.fi", "kartoituskunta");
  });
  afterAll(() => t.close());

  const newRound = async () => {
    const res = await admin.request({ method: "POST", url: base, payload: sampleRound() });
    return res.json().id as string;
  };
  const importFrame = (roundId: string, payload: object) =>
    admin.request({
      method: "POST",
      url: `${base}/${roundId}/frame`,
      payload: { file: otherExtract().toString("base64"), ...payload },
    });

  it("names the line and field of a broken mapping, and imports nothing", async () => {
    const roundId = await newRound();
    const notJson = await importFrame(roundId, { mapping: '{\n  "fields": {\n    "hetu": ,\n' });
    expect(notJson.statusCode).toBe(400);
    expect(notJson.json().errors[0]).toMatchObject({
      path: "body.mapping",
      code: "invalid_file",
      params: { line: 3, reason: "MAPPING" },
    });
    const unknown = await importFrame(roundId, {
      mapping: MAPPING.replace('"post_office"', '"postoffice"'),
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0]).toMatchObject({
      path: "body.mapping",
      params: { line: 11, column: "fields.postoffice" },
    });
    expect(unknown.json().errors[0].message).toMatch(/unknown field "postoffice"/);
    const nullHetu = await importFrame(roundId, {
      mapping: MAPPING.replace('"PersonalIdentityCode"', "null"),
    });
    expect(nullHetu.json().errors[0]).toMatchObject({ params: { line: 4, column: "fields.hetu" } });
    const badEncoding = await importFrame(roundId, { mapping: MAPPING, encoding: "ascii" });
    expect(badEncoding.json().errors[0].path).toBe("body.encoding");
    // Without the mapping the default Finnish headers are not there.
    const unmapped = await importFrame(roundId, {});
    expect(unmapped.statusCode).toBe(400);
    expect(unmapped.json().errors[0].path).toBe("body.file");
    const round = await admin.request({ method: "GET", url: `${base}/${roundId}` });
    expect(round.json()).toMatchObject({ frame: 0, round: { frameImportedAt: null } });
  });

  it("imports a file with other headers through the mapping, read as ISO-8859-1", async () => {
    const roundId = await newRound();
    // Read as UTF-8 the ISO-8859-1 bytes are refused; with the encoding named they are read.
    const asUtf8 = await importFrame(roundId, { mapping: MAPPING, encoding: "utf8" });
    expect(asUtf8.statusCode).toBe(400);
    const imported = await importFrame(roundId, { mapping: MAPPING, encoding: "latin1" });
    expect(imported.statusCode).toBe(201);
    expect(imported.json()).toMatchObject({ rows: 120, imported: 120, skippedInvalid: 0 });
    await admin.request({ method: "POST", url: `${base}/${roundId}/draw` });
    const csv = await admin.request({
      method: "GET",
      url: `${base}/${roundId}/files/printing-house.csv`,
    });
    // The names and addresses came from the mapped columns, decoded from ISO-8859-1.
    expect(csv.body).toMatch(/KUULOLA/);
    expect(csv.body).toMatch(/[äöÄÖå]/);
  });

  it("finds the line of a JSON syntax error, also after valid JSON", () => {
    const lineOf = (text: string) => {
      try {
        readFrameMapping(text);
      } catch (error) {
        return (error as { errors: { params: { line: number } }[] }).errors[0]!.params.line;
      }
      return 0;
    };
    expect(lineOf('{\n  "fields": {}\n}\nx')).toBe(4);
    expect(lineOf('{\n  "fields": {\n    "hetu": "A"\n    "surname": "B"\n  }\n}')).toBe(4);
    expect(lineOf('{\n  "fields": {\n    "hetu": "A\n')).toBe(3);
  });

  it("reads the mapping with @kuulo/dvv's rules", () => {
    expect(readFrameMapping(MAPPING)).toMatchObject({
      format: "csv",
      delimiter: "|",
      columns: { hetu: "PersonalIdentityCode", death_date: "DateOfDeath" },
    });
    expect(() => readFrameMapping('{"fields": {}, "skipLines": 2}')).toThrow(
      expect.objectContaining({
        errors: [
          expect.objectContaining({ params: expect.objectContaining({ column: "skipLines" }) }),
        ],
      }),
    );
  });
});
