import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { AppError } from "../../errors.js";
import { type Actor, recordAudit } from "../audit/index.js";
import type { LocalizedText } from "../organizations/index.js";
import { conversationImages } from "./schema.js";
import type { Conversation } from "./service.js";

/** A conversation's topic image: a photo or illustration with alt text in every language. */

export const IMAGE_TYPES = ["image/png", "image/jpeg", "image/webp"] as const;
export const IMAGE_MAX_BYTES = 2 * 1024 * 1024;

/** What a file's first bytes say it is (PNG, JPEG or WebP), or undefined. */
export function sniffImageType(data: Buffer): (typeof IMAGE_TYPES)[number] | undefined {
  const starts = (bytes: number[], at = 0) => bytes.every((b, i) => data[at + i] === b);
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (starts([0xff, 0xd8, 0xff])) return "image/jpeg";
  // RIFF....WEBP
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return "image/webp";
  return undefined;
}

export async function setImage(
  db: Db,
  options: {
    conversation: Conversation;
    contentType: string;
    data: Buffer;
    alt: LocalizedText;
    actor: Actor;
  },
): Promise<void> {
  if (!(IMAGE_TYPES as readonly string[]).includes(options.contentType)) {
    throw new AppError(
      "unsupported_media_type",
      `A topic image must be PNG, JPEG or WebP, not ${options.contentType || "unknown"}.`,
    );
  }
  if (options.data.length === 0) {
    throw new AppError("validation.failed", "The image file is empty.", {
      errors: [{ path: "body", message: "must not be empty" }],
    });
  }
  // The declared type is the client's word; the content must be that image format, so that
  // no HTML or script is ever served from Kuulo's address under an image type.
  const actual = sniffImageType(options.data);
  if (actual !== options.contentType) {
    throw new AppError(
      "unsupported_media_type",
      actual
        ? `The file was sent as ${options.contentType} but its content is ${actual}: send it with its own type.`
        : `The file was sent as ${options.contentType} but its content is not a PNG, JPEG or WebP image.`,
    );
  }
  const { conversation } = options;
  await db.transaction(async (tx) => {
    await tx
      .insert(conversationImages)
      .values({
        conversationId: conversation.id,
        organizationId: conversation.organizationId,
        contentType: options.contentType,
        data: options.data,
        altText: options.alt,
      })
      .onConflictDoUpdate({
        target: conversationImages.conversationId,
        set: { contentType: options.contentType, data: options.data, altText: options.alt },
      });
    await recordAudit(tx, {
      organizationId: conversation.organizationId,
      actor: options.actor,
      action: "conversation.image_changed",
      targetType: "conversation",
      targetId: conversation.id,
      detail: { contentType: options.contentType, bytes: options.data.length },
    });
  });
}

export async function removeImage(
  db: Db,
  options: { conversation: Conversation; actor: Actor },
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .delete(conversationImages)
      .where(eq(conversationImages.conversationId, options.conversation.id));
    await recordAudit(tx, {
      organizationId: options.conversation.organizationId,
      actor: options.actor,
      action: "conversation.image_removed",
      targetType: "conversation",
      targetId: options.conversation.id,
    });
  });
}

export async function getImage(db: Db, conversationId: string) {
  const [row] = await db
    .select()
    .from(conversationImages)
    .where(eq(conversationImages.conversationId, conversationId));
  return row;
}

/** What pages show: the image's address and its alt text, or null. */
export async function imageInfo(
  db: Db,
  conversation: Conversation,
): Promise<{ url: string; alt: LocalizedText } | null> {
  const [row] = await db
    .select({ alt: conversationImages.altText })
    .from(conversationImages)
    .where(eq(conversationImages.conversationId, conversation.id));
  return row ? { url: `/api/p/c/${conversation.publicId}/image`, alt: row.alt } : null;
}
