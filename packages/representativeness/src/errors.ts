/** A problem with the input, worded for the person who gave it (file, field, value). */
export class RepresentativenessError extends Error {
  override name = "RepresentativenessError";
}
