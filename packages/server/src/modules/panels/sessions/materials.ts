import { and, asc, eq, isNull, or } from "drizzle-orm";
import type { Db } from "../../../db/client.js";
import { AppError } from "../../../errors.js";
import { type Actor, recordAudit } from "../../audit/index.js";
import type { LocalizedText } from "../../organizations/index.js";
import { type PanelMaterialKind, panelMaterials } from "../schema.js";
import { findPanel } from "../setup.js";
import { findSession } from "./tables.js";

/** An uploaded PDF may be this large. */
export const MATERIAL_PDF_MAX_BYTES = 10 * 1024 * 1024;

const fieldError = (path: string, message: string) =>
  new AppError("validation.failed", message, { errors: [{ path, message, code: "invalid" }] });

export interface MaterialInput {
  kind: PanelMaterialKind;
  title: LocalizedText;
  sessionId: string | null;
  url: string;
  captionUrl: string | null;
}

/** Adds a material (a link) to the panel's space, for one session or the whole panel. */
export async function addMaterial(
  db: Db,
  options: { organizationId: string; panelId: string; input: MaterialInput; actor: Actor },
) {
  const { input } = options;
  if (input.kind === "video" && !input.captionUrl)
    throw fieldError("body.captionUrl", "A video needs its captions.");
  return db.transaction(async (tx) => {
    const panel = await findPanel(tx, options);
    if (input.sessionId)
      await findSession(tx, { ...options, sessionId: input.sessionId }).catch(() => {
        throw fieldError("body.sessionId", "No such session in this panel.");
      });
    const [saved] = await tx
      .insert(panelMaterials)
      .values({
        organizationId: options.organizationId,
        panelId: panel.id,
        sessionId: input.sessionId,
        kind: input.kind,
        title: input.title,
        url: input.url,
        captionUrl: input.captionUrl,
        createdBy: "userId" in options.actor ? options.actor.userId : null,
      })
      .returning();
    await audit(tx, options, "panels.material_added", saved!.id);
    return saved!;
  });
}

/**
 * Puts an uploaded PDF in place of a material's link: at most 10 MiB, and the bytes must be a
 * PDF (they start with `%PDF-`), whatever the name or content type says.
 */
export async function setMaterialPdf(
  db: Db,
  options: {
    organizationId: string;
    panelId: string;
    materialId: string;
    name: string;
    data: Buffer;
    actor: Actor;
  },
) {
  if (options.data.length === 0) throw fieldError("body", "The file is empty.");
  if (options.data.length > MATERIAL_PDF_MAX_BYTES)
    throw fieldError("body", "The file is larger than 10 MiB.");
  if (options.data.subarray(0, 5).toString("latin1") !== "%PDF-")
    throw fieldError("body", "The file is not a PDF.");
  return db.transaction(async (tx) => {
    const material = await findMaterial(tx, options);
    const [saved] = await tx
      .update(panelMaterials)
      .set({
        pdf: options.data,
        pdfName: options.name.replace(/[^\p{L}\p{N} ._-]/gu, "_").slice(0, 120) || "aineisto.pdf",
        pdfBytes: options.data.length,
        url: null,
      })
      .where(eq(panelMaterials.id, material.id))
      .returning();
    await audit(tx, options, "panels.material_added", material.id);
    return saved!;
  });
}

export async function findMaterial(
  db: Db,
  options: { organizationId: string; panelId: string; materialId: string },
) {
  const [material] = await db
    .select()
    .from(panelMaterials)
    .where(
      and(
        eq(panelMaterials.id, options.materialId),
        eq(panelMaterials.panelId, options.panelId),
        eq(panelMaterials.organizationId, options.organizationId),
      ),
    );
  if (!material) throw new AppError("not_found", "No such material.");
  return material;
}

export async function removeMaterial(
  db: Db,
  options: { organizationId: string; panelId: string; materialId: string; actor: Actor },
) {
  await db.transaction(async (tx) => {
    const material = await findMaterial(tx, options);
    await tx.delete(panelMaterials).where(eq(panelMaterials.id, material.id));
    await audit(tx, options, "panels.material_removed", material.id);
  });
}

/** The panel's materials (all, or one session's and the whole panel's), oldest first. */
export async function materialsOf(
  db: Db,
  options: { organizationId: string; panelId: string; sessionId?: string },
) {
  return db
    .select({
      id: panelMaterials.id,
      sessionId: panelMaterials.sessionId,
      kind: panelMaterials.kind,
      title: panelMaterials.title,
      url: panelMaterials.url,
      captionUrl: panelMaterials.captionUrl,
      pdfName: panelMaterials.pdfName,
      pdfBytes: panelMaterials.pdfBytes,
      createdAt: panelMaterials.createdAt,
    })
    .from(panelMaterials)
    .where(
      and(
        eq(panelMaterials.panelId, options.panelId),
        eq(panelMaterials.organizationId, options.organizationId),
        options.sessionId
          ? or(eq(panelMaterials.sessionId, options.sessionId), isNull(panelMaterials.sessionId))
          : undefined,
      ),
    )
    .orderBy(asc(panelMaterials.createdAt), asc(panelMaterials.id));
}

async function audit(
  db: Db,
  options: { organizationId: string; panelId: string; actor: Actor },
  action: string,
  materialId: string,
) {
  await recordAudit(db, {
    organizationId: options.organizationId,
    actor: options.actor,
    action,
    targetType: "panel_material",
    targetId: materialId,
    detail: { panelId: options.panelId },
  });
}
