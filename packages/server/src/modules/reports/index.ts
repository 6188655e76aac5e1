// The reports module's public surface: the brief model, for the period report and the
// sources that panels, juries and phone campaigns will add.
export {
  ACTIVITY_KINDS,
  type ActivityKind,
  BRIEF_SOURCES,
  type Brief,
  type BriefSection,
  type BriefSource,
  briefFor,
} from "./brief.js";
export { briefPdf, type PdfDocumentInput } from "./pdf.js";
