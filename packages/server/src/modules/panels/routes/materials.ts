import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { AppError } from "../../../errors.js";
import { mediaResponse, noContent } from "../../../http/responses.js";
import { slugParam } from "../../../http/schemas.js";
import type { ModuleContext } from "../../define.js";
import { PANEL_MATERIAL_KINDS } from "../schema.js";
import type { PanelServices } from "../services.js";
import {
  addMaterial,
  findMaterial,
  MATERIAL_PDF_MAX_BYTES,
  materialsOf,
  removeMaterial,
  setMaterialPdf,
} from "../sessions/materials.js";
import { materialResponse, materialsResponse, toMaterial } from "../sessions/responses.js";
import { panelistOfRequest } from "./panelist-session.js";

const tags = ["panels"];
const panelParams = z.object({ slug: slugParam, panelId: z.uuid() });
const materialParams = panelParams.extend({ materialId: z.uuid() });
const link = z.url({ protocol: /^https$/ }).max(2000);
const materialBody = z.strictObject({
  kind: z.enum(PANEL_MATERIAL_KINDS),
  title: z.strictObject({
    fi: z.string().trim().min(1).max(300),
    sv: z.string().trim().max(300).default(""),
    en: z.string().trim().max(300).default(""),
  }),
  sessionId: z.uuid().nullable().default(null),
  url: link,
  captionUrl: link.nullable().default(null),
});

/** Materials in the panel's own space: links (videos with captions) and uploaded PDFs. */
export function panelMaterialRoutes(app: FastifyInstance, ctx: ModuleContext<PanelServices>): void {
  const db = ctx.database.db;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const base = "/api/orgs/:slug/panels/:panelId/materials";
  const pdf = (
    reply: import("fastify").FastifyReply,
    m: { pdf: Buffer | null; pdfName: string | null },
  ) => {
    if (!m.pdf) throw new AppError("not_found", "This material has no PDF.");
    return reply
      .header("content-type", "application/pdf")
      .header("content-disposition", `inline; filename="${m.pdfName ?? "aineisto.pdf"}"`)
      .header("x-content-type-options", "nosniff")
      .send(m.pdf);
  };

  r.get(
    base,
    {
      config: { permission: "panel.read" },
      schema: {
        tags,
        summary: "The panel's materials",
        params: panelParams,
        response: { 200: materialsResponse },
      },
    },
    async (request) => {
      const { organization } = request.member;
      const rows = await materialsOf(db, {
        organizationId: organization.id,
        panelId: request.params.panelId,
      });
      return { materials: rows.map(toMaterial) };
    },
  );

  r.post(
    base,
    {
      config: { permission: "panel.manage" },
      schema: {
        tags,
        summary:
          "Add a material (expert talk, reading pack, or video with its captions) for a session or the whole panel",
        params: panelParams,
        body: materialBody,
        response: { 201: materialResponse },
      },
    },
    async (request, reply) => {
      const { organization, session } = request.member;
      const saved = await addMaterial(db, {
        organizationId: organization.id,
        panelId: request.params.panelId,
        input: request.body,
        actor: { userId: session.user.id },
      });
      return reply.status(201).send(toMaterial(saved));
    },
  );

  app.register(async (scoped) => {
    scoped.addContentTypeParser(
      "application/pdf",
      { parseAs: "buffer", bodyLimit: MATERIAL_PDF_MAX_BYTES },
      (_req, body, done) => done(null, body),
    );
    scoped.withTypeProvider<ZodTypeProvider>().put(
      `${base}/:materialId/pdf`,
      {
        bodyLimit: MATERIAL_PDF_MAX_BYTES,
        config: { permission: "panel.manage" },
        schema: {
          tags,
          summary: "Upload a PDF (at most 10 MiB) in place of the material's link",
          params: materialParams,
          response: { 200: materialResponse },
        },
      },
      async (request) => {
        const { organization, session } = request.member;
        const material = await findMaterial(db, {
          organizationId: organization.id,
          ...request.params,
        });
        const saved = await setMaterialPdf(db, {
          organizationId: organization.id,
          ...request.params,
          name: `${material.title.fi}.pdf`,
          data: Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0),
          actor: { userId: session.user.id },
        });
        return toMaterial(saved);
      },
    );
  });

  r.get(
    `${base}/:materialId/pdf`,
    {
      config: { permission: "panel.read" },
      schema: {
        tags,
        summary: "A material's PDF",
        params: materialParams,
        response: { 200: mediaResponse("The PDF", ["application/pdf"]) },
      },
    },
    async (request, reply) => {
      const { organization } = request.member;
      return pdf(
        reply,
        await findMaterial(db, { organizationId: organization.id, ...request.params }),
      );
    },
  );

  r.delete(
    `${base}/:materialId`,
    {
      config: { permission: "panel.manage" },
      schema: {
        tags,
        summary: "Remove a material",
        params: materialParams,
        response: { 204: noContent },
      },
    },
    async (request, reply) => {
      const { organization, session } = request.member;
      await removeMaterial(db, {
        organizationId: organization.id,
        ...request.params,
        actor: { userId: session.user.id },
      });
      return reply.status(204).send();
    },
  );

  r.get(
    "/api/orgs/:slug/panelists/me/materials/:materialId/pdf",
    {
      config: { access: "public" },
      schema: {
        tags: ["panels (public)"],
        summary: "A material's PDF in the panelist's space",
        params: z.object({ slug: slugParam, materialId: z.uuid() }),
        response: { 200: mediaResponse("The PDF", ["application/pdf"]) },
      },
    },
    async (request, reply) => {
      const p = await panelistOfRequest(db, request.params.slug, request);
      if (p.candidate.status !== "confirmed" && p.candidate.status !== "selected")
        throw new AppError("auth.forbidden", "Only seated panelists see the materials.");
      return pdf(
        reply,
        await findMaterial(db, {
          organizationId: p.organization.id,
          panelId: p.panel.id,
          materialId: request.params.materialId,
        }),
      );
    },
  );
}
