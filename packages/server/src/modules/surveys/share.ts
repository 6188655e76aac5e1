import { qrMatrix, qrRuns } from "@kuulo/letters";
import type { Db } from "../../db/client.js";
import { loadSurvey } from "./building.js";
import { surveyPath } from "./invitations.js";

/** Light modules around the code, as the QR standard asks (4 modules). */
const QUIET_ZONE = 4;

/**
 * A QR code as SVG: one path of dark rectangles (a run of dark modules in a row each), black on
 * white, in module units so that it scales without blur. The matrix is @kuulo/letters' (the same
 * encoder as the paper invitations).
 */
export function qrSvg(text: string, title: string): string {
  const matrix = qrMatrix(text);
  const size = matrix.length + 2 * QUIET_ZONE;
  const path = qrRuns(matrix)
    .map(([x, y, w]) => `M${x + QUIET_ZONE} ${y + QUIET_ZONE}h${w}v1h-${w}z`)
    .join("");
  const escaped = title.replace(
    /[&<>"]/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!,
  );
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size * 8}" height="${size * 8}" ` +
    `viewBox="0 0 ${size} ${size}" ` +
    `shape-rendering="crispEdges" role="img"><title>${escaped}</title>` +
    `<rect width="${size}" height="${size}" fill="#fff"/><path fill="#000" d="${path}"/></svg>`
  );
}

/** The survey's public answering address and its QR code. */
export async function surveyQr(
  db: Db,
  options: { organizationId: string; orgSlug: string; surveyId: string; publicUrl: string },
) {
  const survey = await loadSurvey(db, options);
  const url = `${options.publicUrl.replace(/\/$/, "")}${surveyPath(options.orgSlug, survey.slug)}`;
  return { url, svg: qrSvg(url, survey.title), slug: survey.slug };
}
