// The organizations module's public surface: what other modules and the application may use.
// Other modules import this file (or module.ts), never the module's internals
// (modules/layering.test.ts). The tables come first, so that they are ready for modules that
// import this file while it is still loading.
export { LANGUAGES, type Language, type LocalizedText, organizations } from "./schema.js";
export {
  createOrganization,
  findOrganizationById,
  findOrganizationBySlug,
  type Organization,
} from "./service.js";
export { languagesSchema, slugSchema, themeColorSchema } from "./validation.js";
