// The names and addresses of chosen people, for their letters: read from the extract again,
// only for the ids asked for (the people of checkExtract never carry them). The first row of an
// id is the one used, as in checkExtract (a later row with the same hetu is a duplicate).
import { createHmac } from "node:crypto";
import { decodeExtract, type ExtractEncoding, extractLayout } from "./extract.js";
import { DEFAULT_MAPPING, type Mapping } from "./mapping.js";

export interface LetterAddress {
  firstNames: string;
  surname: string;
  streetAddress: string;
  postalCode: string;
  postOffice: string;
}

export interface AddressOptions {
  /** The same key, encoding and mapping as the check that gave the ids. */
  key: string | Uint8Array;
  encoding?: ExtractEncoding;
  mapping?: Mapping;
  ids: ReadonlySet<string>;
}

/** id → name and address, for the ids given that are in the extract. */
export function readAddresses(
  bytes: Uint8Array,
  options: AddressOptions,
): Map<string, LetterAddress> {
  const mapping = options.mapping ?? DEFAULT_MAPPING;
  const { text } = decodeExtract(bytes, options.encoding ?? mapping.encoding);
  const found = new Map<string, LetterAddress>();
  const seen = new Set<string>();
  for (const row of extractLayout(text, mapping).rows()) {
    const hetu = row.values.hetu ?? "";
    if (hetu === "") continue;
    const id = createHmac("sha256", options.key).update(hetu).digest("hex");
    if (seen.has(id)) continue;
    seen.add(id);
    if (!options.ids.has(id)) continue;
    const value = (field: keyof typeof row.values) => row.values[field] ?? "";
    found.set(id, {
      firstNames: value("first_names"),
      surname: value("surname"),
      streetAddress: value("street_address"),
      postalCode: value("postal_code"),
      postOffice: value("post_office"),
    });
  }
  return found;
}
