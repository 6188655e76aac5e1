// Validating a pain.001.001.03 document against ISO 20022's XML schema (libxml2 compiled to
// WebAssembly: the npm package xmllint-wasm). Node only: a separate entry,
// `@kuulo/payments/validate`, so that the rest of the package stays usable in browsers.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { validateXML } from "xmllint-wasm";

/** The schema file shipped with the package (see schema/README.md). */
export const PAIN001_SCHEMA_URL = new URL("../schema/pain.001.001.03.xsd", import.meta.url);

let schema: Promise<string> | undefined;

export interface SchemaValidation {
  valid: boolean;
  /** libxml2's messages: "line N: …". */
  errors: string[];
}

function validation(result: Awaited<ReturnType<typeof validateXML>>): SchemaValidation {
  return {
    valid: result.valid,
    errors: result.errors.map((e) =>
      e.loc ? `line ${e.loc.lineNumber}: ${e.message}` : e.message,
    ),
  };
}

/** Validates `xml` against pain.001.001.03.xsd. */
export async function validatePain001(xml: string): Promise<SchemaValidation> {
  schema ??= readFile(PAIN001_SCHEMA_URL, "utf8");
  const result = await validateXML({
    xml: [{ fileName: "payments.xml", contents: xml }],
    schema: [{ fileName: "pain.001.001.03.xsd", contents: await schema }],
    // 1,000 transactions are about 600 kB; libxml2 needs a few times that.
    initialMemoryPages: 512,
    maxMemoryPages: 16_384,
  });
  return validation(result);
}

/**
 * Validates an Incomes Register delivery (`wageReportsXml`) against the Incomes Register's own
 * schema, which is not bundled (see the README): `schemaDir` is a folder holding
 * WageReportsToIR.xsd and the files it imports (WageReportsToIRTypes.xsd, IRCommonTypes.xsd,
 * xmldsig-core-schema.xsd) as the Incomes Register publishes them.
 */
export async function validateWageReports(
  xml: string,
  schemaDir: string,
): Promise<SchemaValidation> {
  const names = (await readdir(schemaDir)).filter((n) => n.endsWith(".xsd"));
  if (!names.includes("WageReportsToIR.xsd"))
    throw new Error(`${schemaDir}: no WageReportsToIR.xsd in the folder`);
  const file = async (name: string) => ({
    fileName: name,
    contents: await readFile(join(schemaDir, name), "utf8"),
  });
  const result = await validateXML({
    xml: [{ fileName: "wage-reports.xml", contents: xml }],
    schema: [await file("WageReportsToIR.xsd")],
    preload: await Promise.all(names.filter((n) => n !== "WageReportsToIR.xsd").map(file)),
    initialMemoryPages: 512,
    maxMemoryPages: 16_384,
  });
  return validation(result);
}
