// `npm run api:types`: writes the web app's API types (packages/web/src/api/schema.d.ts) from
// the server's OpenAPI document, made in-process (no running server, no database on disk).
// `api-types.test.ts` regenerates them in memory and fails when the checked-in file differs.
import { readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { openApiDocument } from "@kuulo/server";
import openapiTS, { astToString, type OpenAPI3 } from "openapi-typescript";

export const schemaFile = fileURLToPath(
  new URL("../packages/web/src/api/schema.d.ts", import.meta.url),
);

const HEADER = `/**
 * The Kuulo API as TypeScript types, generated from /api/openapi.json by \`npm run api:types\`.
 * Do not edit: change the server's route schemas and run the script again.
 */

`;

/** The text of schema.d.ts for the server as it is now. */
export async function generateApiTypes(): Promise<string> {
  const document = await openApiDocument();
  // The document Fastify made is OpenAPI 3 (its `openapi` field says so).
  const ast = await openapiTS(document as unknown as OpenAPI3, {
    alphabetize: true,
  });
  return HEADER + astToString(ast);
}

export async function checkedInApiTypes(): Promise<string> {
  return readFile(schemaFile, "utf8");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = await generateApiTypes();
  await writeFile(schemaFile, text);
  console.log(`wrote ${schemaFile}`);
}
